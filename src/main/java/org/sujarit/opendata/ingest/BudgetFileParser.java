package org.sujarit.opendata.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one layout of budget file into {@link SourceLine}s. Implementations are Spring beans; the ingest
 * service asks each, in {@link org.springframework.core.annotation.Order} order, whether it recognises a
 * file (by its content, never its name) and lets the first that does read it.
 */
public interface BudgetFileParser {

	/** Whether this parser recognises the file's content (the detected media type is given). */
	boolean recognises(Path file, String mediaType) throws IOException;

	ParsedFile parse(Path file, String originalName) throws IOException;

}
