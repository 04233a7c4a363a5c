package org.sujarit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.sujarit.platform.web.DomainException;

/**
 * The Lucene index on disk. {@code indexDir} holds one directory per build ({@code index-<time>-<id>}) and a
 * file {@code CURRENT} naming the one in use. A rebuild writes a new directory while searches keep reading
 * the old one, then swaps: the changes that arrived meanwhile are replayed into the new one first. The
 * commit data of each commit keeps the layout version, the watermark (the database time the index is
 * complete up to) and when the index was built.
 */
@Component
class SearchIndex implements DisposableBean {

	/** Bump when fields or analysis change: an index of another layout is rebuilt at start. */
	static final String LAYOUT = "1";

	static final String CURRENT = "CURRENT";

	static final String KEY_LAYOUT = "layout";

	static final String KEY_WATERMARK = "watermark";

	static final String KEY_BUILT = "built";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Path root;

	private final Analyzer analyzer = ThaiAnalysis.forIndex();

	private final Object writes = new Object();

	private final Set<String> changedDuringRebuild = ConcurrentHashMap.newKeySet();

	private volatile Generation current;

	private volatile boolean rebuilding;

	private volatile boolean dirty;

	private volatile Map<String, String> commitData = Map.of();

	SearchIndex(SearchProperties properties) {
		this.root = properties.indexDir().toAbsolutePath();
	}

	Analyzer analyzer() {
		return analyzer;
	}

	/**
	 * Opens the build {@code CURRENT} names, checking every file's checksum and the layout. False when there
	 * is none, or it is corrupt, locked by another process or of another layout: then it needs a rebuild.
	 */
	boolean open() {
		synchronized (writes) {
			closeCurrent();
			String name = readCurrentName();
			if (name == null) {
				return false;
			}
			Path dir = root.resolve(name);
			FSDirectory directory = null;
			IndexWriter writer = null;
			try {
				directory = FSDirectory.open(dir);
				if (!DirectoryReader.indexExists(directory)) {
					log.warn("Search index {} is missing; it will be rebuilt", dir);
					directory.close();
					return false;
				}
				Map<String, String> data;
				try (DirectoryReader reader = DirectoryReader.open(directory)) {
					for (LeafReaderContext leaf : reader.leaves()) {
						leaf.reader().checkIntegrity();
					}
					data = reader.getIndexCommit().getUserData();
				}
				if (!LAYOUT.equals(data.get(KEY_LAYOUT)) || data.get(KEY_WATERMARK) == null) {
					log.warn("Search index {} has layout {}, not {}; it will be rebuilt", dir, data.get(KEY_LAYOUT), LAYOUT);
					directory.close();
					return false;
				}
				writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
				current = new Generation(dir, directory, writer, new SearcherManager(writer, null));
				commitData = Map.copyOf(data);
				return true;
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Search index {} cannot be opened ({}); it will be rebuilt", dir, ex.toString());
				closeQuietly(writer);
				closeQuietly(directory);
				return false;
			}
		}
	}

	/** True when another process (the {@code search rebuild} command) switched {@code CURRENT} to a new build. */
	boolean switchedOnDisk() {
		Generation generation = current;
		String name = readCurrentName();
		return generation != null && name != null && !generation.dir().getFileName().toString().equals(name);
	}

	boolean ready() {
		return current != null;
	}

	boolean rebuilding() {
		return rebuilding;
	}

	/** The database time the index is complete up to, or null if it has none. */
	Instant watermark() {
		String value = commitData.get(KEY_WATERMARK);
		return value == null ? null : Instant.parse(value);
	}

	SearchStatus status() {
		Generation generation = current;
		long documents = 0;
		if (generation != null) {
			documents = generation.writer().getDocStats().numDocs;
		}
		String built = commitData.get(KEY_BUILT);
		return new SearchStatus(generation != null, documents, watermark(), built == null ? null : Instant.parse(built),
				rebuilding, generation == null ? root.toString() : generation.dir().toString());
	}

	/** Adds, replaces ({@code document} non-null) or deletes documents by id, visible to searches on return. */
	void apply(Map<String, Document> changes) {
		apply(changes, true);
	}

	/**
	 * Like {@link #apply(Map)}; without {@code visible} the changes wait for the next {@link #refresh()}
	 * (a catch-up of many pages refreshes once, instead of writing a small segment per page).
	 */
	void apply(Map<String, Document> changes, boolean visible) {
		if (changes.isEmpty()) {
			return;
		}
		Generation generation;
		synchronized (writes) {
			if (rebuilding) {
				changedDuringRebuild.addAll(changes.keySet());
			}
			generation = current;
			if (generation == null) {
				return;
			}
			try {
				write(generation.writer(), changes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			dirty = true;
		}
		if (visible) {
			refresh(generation);
		}
	}

	/** Makes every change applied so far visible to searches. */
	void refresh() {
		Generation generation = current;
		if (generation != null) {
			refresh(generation);
		}
	}

	private static void refresh(Generation generation) {
		try {
			generation.searchers().maybeRefreshBlocking();
		}
		catch (AlreadyClosedException ex) {
			// swapped by a rebuild meanwhile: the rebuild replayed these changes
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes changes durable; with a watermark, records that the index is complete up to it. */
	void commit(Instant watermark) {
		synchronized (writes) {
			Generation generation = current;
			if (generation == null || (!dirty && watermark == null)) {
				return;
			}
			Map<String, String> data = new HashMap<>(commitData);
			data.put(KEY_LAYOUT, LAYOUT);
			if (watermark != null) {
				data.put(KEY_WATERMARK, watermark.toString());
			}
			try {
				generation.writer().setLiveCommitData(data.entrySet());
				generation.writer().commit();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			commitData = Map.copyOf(data);
			dirty = false;
		}
	}

	/**
	 * Builds a new index aside from everything {@code source} loads, replays the changes that arrived
	 * meanwhile and swaps it in. Searches keep answering from the old index until the swap.
	 */
	void rebuild(Source source) {
		synchronized (writes) {
			if (rebuilding) {
				throw DomainException.conflict("search.rebuild.running");
			}
			rebuilding = true;
			changedDuringRebuild.clear();
		}
		Path dir = root.resolve("index-" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
				+ "-" + UUID.randomUUID().toString().substring(0, 8));
		FSDirectory directory = null;
		IndexWriter writer = null;
		try {
			Files.createDirectories(dir);
			directory = FSDirectory.open(dir);
			writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
			Instant watermark = source.load(writer);
			synchronized (writes) {
				write(writer, source.reread(Set.copyOf(changedDuringRebuild)));
				Map<String, String> data = Map.of(KEY_LAYOUT, LAYOUT, KEY_WATERMARK, watermark.toString(), KEY_BUILT,
						Instant.now().toString());
				writer.setLiveCommitData(data.entrySet());
				writer.commit();
				Generation old = current;
				current = new Generation(dir, directory, writer, new SearcherManager(writer, null));
				commitData = data;
				dirty = false;
				writeCurrentName(dir.getFileName().toString());
				rebuilding = false;
				changedDuringRebuild.clear();
				if (old != null) {
					old.close();
				}
			}
			deleteStale();
		}
		catch (IOException | RuntimeException ex) {
			synchronized (writes) {
				rebuilding = false;
			}
			if (current == null || !current.dir().equals(dir)) {
				closeQuietly(writer);
				closeQuietly(directory);
				deleteTree(dir);
			}
			throw ex instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) ex);
		}
	}

	/** Runs {@code search} on a searcher that sees every change applied so far. */
	<T> T search(SearchFunction<T> search) {
		for (int attempt = 0; attempt < 2; attempt++) {
			Generation generation = current;
			if (generation == null) {
				throw DomainException.conflict("search.index.building");
			}
			IndexSearcher searcher;
			try {
				searcher = generation.searchers().acquire();
			}
			catch (AlreadyClosedException ex) {
				continue; // swapped meanwhile: take the new one
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			try {
				return search.apply(searcher);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				try {
					generation.searchers().release(searcher);
				}
				catch (IOException ex) {
					log.debug("Releasing a searcher failed", ex);
				}
			}
		}
		throw DomainException.conflict("search.index.building");
	}

	@Override
	public void destroy() {
		synchronized (writes) {
			if (current != null && dirty) {
				try {
					commit(null);
				}
				catch (RuntimeException ex) {
					log.warn("Search index changes not committed at shutdown (the next start catches up)", ex);
				}
			}
			closeCurrent();
		}
	}

	private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
		return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false);
	}

	private static void write(IndexWriter writer, Map<String, Document> changes) throws IOException {
		for (Map.Entry<String, Document> change : changes.entrySet()) {
			Term id = new Term(SearchDocuments.ID, change.getKey());
			if (change.getValue() == null) {
				writer.deleteDocuments(id);
			}
			else {
				writer.updateDocument(id, change.getValue());
			}
		}
	}

	private void closeCurrent() {
		Generation generation = current;
		current = null;
		if (generation != null) {
			generation.close();
		}
	}

	private String readCurrentName() {
		try {
			String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
			return name.startsWith("index-") && !name.contains("/") ? name : null;
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeCurrentName(String name) throws IOException {
		Path temporary = root.resolve(CURRENT + ".tmp");
		Files.writeString(temporary, name + "\n", StandardCharsets.UTF_8);
		Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Deletes builds other than the current one that no process has open. */
	void deleteStale() {
		String keep = readCurrentName();
		Set<Path> stale = new HashSet<>();
		try (Stream<Path> dirs = Files.list(root)) {
			dirs.filter(Files::isDirectory)
				.filter(dir -> dir.getFileName().toString().startsWith("index-"))
				.filter(dir -> !dir.getFileName().toString().equals(keep))
				.forEach(stale::add);
		}
		catch (IOException ex) {
			log.warn("Cannot list {}", root, ex);
			return;
		}
		for (Path dir : stale) {
			try (FSDirectory directory = FSDirectory.open(dir); Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
				lock.ensureValid();
			}
			catch (LockObtainFailedException ex) {
				continue; // in use (a rebuild running in another process, or a server still on it)
			}
			catch (IOException ex) {
				log.warn("Cannot check {}", dir, ex);
				continue;
			}
			deleteTree(dir);
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot delete old search index {}", dir, ex);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				log.debug("Closing {} failed", closeable, ex);
			}
		}
	}

	/** Loads a whole index for a rebuild. */
	interface Source {

		/** Adds every document; returns the database time the load started at (the new watermark). */
		Instant load(IndexWriter writer) throws IOException;

		/** The current documents (null: delete) of ids that changed while loading. */
		Map<String, Document> reread(Set<String> ids);

	}

	@FunctionalInterface
	interface SearchFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	private record Generation(Path dir, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

		void close() {
			closeQuietly(searchers);
			closeQuietly(writer);
			closeQuietly(directory);
		}

	}

}
