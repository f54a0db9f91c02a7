package lt.dienynas.batch.registry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Set;
import lt.dienynas.registry.RegistryFile;
import lt.dienynas.registry.RegistryImportWork;

/**
 * Reads the lines of an import's file, in file order; with {@code pendingOnly} only the lines
 * checked good and not yet imported. The checkpoint is the number of the last line read, so a
 * restart goes on right after it.
 */
@Named
@Dependent
public class RegistryLineReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "importId")
  private String importId;

  @Inject
  @BatchProperty(name = "pendingOnly")
  private String pendingOnly;

  @Inject private RegistryImportWork work;

  private Iterator<RegistryFile.Line> lines;
  private int lastLine;

  @Override
  public void open(Serializable checkpoint) {
    long id = Long.parseLong(importId);
    RegistryFile file = work.file(id);
    lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
    Set<Integer> pending = Boolean.parseBoolean(pendingOnly) ? work.pendingLines(id) : null;
    lines =
        file.lines().stream()
            .filter(l -> l.number() > lastLine)
            .filter(l -> pending == null || pending.contains(l.number()))
            .iterator();
  }

  @Override
  public Object readItem() {
    if (!lines.hasNext()) {
      return null;
    }
    RegistryFile.Line line = lines.next();
    lastLine = line.number();
    return line;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastLine;
  }
}
