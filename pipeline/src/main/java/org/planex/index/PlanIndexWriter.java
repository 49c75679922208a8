package org.planex.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.planex.model.PlanDocument;

/**
 * Writes plans into the index at a folder: one block per indexed file, replaced as a whole when the file
 * changes. Only {@link #commit} makes changes durable, so a run killed in between leaves the index as of its last
 * commit — readable, and with every plan it holds complete. A sorted index takes no document blocks, so a plan's
 * documents are added one by one; a commit waits until no plan is half written.
 */
public final class PlanIndexWriter implements AutoCloseable {

  /** Where {@code index}, {@code search} and {@code serve} keep the index unless told: below the working folder. */
  public static final Path DEFAULT_FOLDER = Path.of("planex-data", "index");

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final PlanBlock blocks = new PlanBlock(IndexFields.facetsConfig());
  /** Writers of plans share it; a commit takes it alone. */
  private final ReadWriteLock commits = new ReentrantReadWriteLock();

  public PlanIndexWriter(Path folder) throws IOException {
    LuceneLogging.quiet();
    Files.createDirectories(folder);
    directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(256)
        .setIndexSort(IndexFields.indexSort());
    try {
      writer = new IndexWriter(directory, config);
    } catch (IllegalArgumentException e) {
      directory.close();
      throw new IllegalStateException(PlanSearcher.outdated(folder), e);
    }
  }

  /** The sha256 of every file indexed so far, by key. */
  public Map<String, String> indexedFiles() throws IOException {
    Map<String, String> files = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      StoredFields stored = reader.storedFields();
      for (int doc : LivePlans.of(reader)) {
        Document fields = stored.document(doc, Set.of(IndexFields.KEY, IndexFields.SHA));
        files.put(fields.get(IndexFields.KEY), fields.get(IndexFields.SHA));
      }
    }
    return files;
  }

  /** Adds the plan read from {@code key}, replacing whatever was indexed from it before, in one step. */
  public void put(String key, String sha256, PlanDocument plan) throws IOException {
    List<Document> documents = blocks.build(key, sha256, plan);
    commits.readLock().lock();
    try {
      writer.deleteDocuments(new Term(IndexFields.KEY, key));
      addAll(documents);
    } finally {
      commits.readLock().unlock();
    }
  }

  /**
   * Adds the plan read from {@code key}, which the caller knows is not in the index yet: no earlier block to look
   * up and delete, which makes a first indexing several times faster than {@link #put}.
   */
  public void add(String key, String sha256, PlanDocument plan) throws IOException {
    List<Document> documents = blocks.build(key, sha256, plan);
    commits.readLock().lock();
    try {
      addAll(documents);
    } finally {
      commits.readLock().unlock();
    }
  }

  /** Adds a plan's documents; if one fails, none of them stays. */
  private void addAll(List<Document> documents) throws IOException {
    try {
      for (Document document : documents) {
        writer.addDocument(document);
      }
    } catch (IOException | RuntimeException e) {
      writer.deleteDocuments(new Term(IndexFields.KEY, documents.get(0).get(IndexFields.KEY)));
      throw e;
    }
  }

  public void delete(String key) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.KEY, key));
  }

  public void commit() throws IOException {
    commits.writeLock().lock();
    try {
      writer.commit();
    } finally {
      commits.writeLock().unlock();
    }
  }

  @Override
  public void close() throws IOException {
    commits.writeLock().lock();
    try {
      writer.close(); // commits what is pending
    } finally {
      commits.writeLock().unlock();
      directory.close();
    }
  }
}
