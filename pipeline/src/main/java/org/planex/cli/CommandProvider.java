package org.planex.cli;

/**
 * Contributes a subcommand to {@code planex} from another module (the eval module's {@code eval},
 * {@code fixtures}, {@code bench} …), found with {@link java.util.ServiceLoader} so that the pipeline never
 * depends on them.
 */
public interface CommandProvider {

  /** A picocli {@code @Command}-annotated object. */
  Object command();
}
