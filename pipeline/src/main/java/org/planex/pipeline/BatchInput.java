package org.planex.pipeline;

import java.nio.file.Path;

/**
 * One file of a batch and the name of its output.
 *
 * @param path the file as it will be reported (relative if the user gave a relative path)
 * @param outputName the file name of its JSON inside the output folder
 */
public record BatchInput(Path path, String outputName) {}
