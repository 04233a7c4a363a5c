package org.sujarit.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.web.DomainException;

/**
 * Keeps uploaded evidence and documents. Content is checked before anything is kept: its real type is
 * detected from its bytes (never trusting the name), it must be one of the kinds the caller allows,
 * names that could run when opened (.exe, .html, .svg, macro-enabled Office) are refused, Office files
 * are opened up to refuse zip bombs, macros and password protection, and nothing larger than
 * {@code sujarit.files.max-size} is read to the end.
 *
 * <p>Bytes go to {@code {sujarit.files.root}/{yyyy}/{mm}/{uuid}} (UTC month), written to a temporary
 * file beside them and moved into place atomically; metadata goes to {@code platform_file}, whose audit
 * trigger records who stored what. Inside a transaction that later rolls back, the bytes are removed
 * again.
 */
@Service
public class FileStore {

	/** Everything an agency may attach as evidence of its work. */
	public static final Set<FileKind> EVIDENCE = Collections.unmodifiableSet(EnumSet.of(FileKind.PDF,
			FileKind.IMAGE, FileKind.WORD, FileKind.EXCEL, FileKind.POWERPOINT, FileKind.CSV, FileKind.TEXT));

	/** Names that run or render active content when opened, refused whatever they contain. */
	static final Set<String> DANGEROUS_EXTENSIONS = Set.of("exe", "dll", "com", "bat", "cmd", "scr", "msi", "msp",
			"js", "mjs", "cjs", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "hta", "htm", "html", "xhtml",
			"shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "xslt", "jar", "jnlp", "sh", "bash", "php", "jsp",
			"asp", "aspx", "cgi", "pl", "py", "rb", "lnk", "url", "reg", "pif", "cpl", "msc", "scf", "inf", "chm",
			"apk", "app", "dmg", "iso", "vhd", "vhdx", "swf", "appx", "msix", "ocx", "sys", "drv");

	/** Office formats whose purpose is to carry macros. */
	static final Set<String> MACRO_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "xla",
			"pptm", "potm", "ppsm", "ppam", "sldm");

	/** Declared (browser-sent) types of active content. */
	private static final Set<String> DANGEROUS_DECLARED_TYPES = Set.of("text/html", "application/xhtml+xml",
			"image/svg+xml", "text/javascript", "application/javascript", "application/x-javascript",
			"application/x-msdownload", "application/x-msdos-program", "application/x-msi",
			"application/x-sh", "application/java-archive", "application/hta", "text/xml", "application/xml");

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);

	private static final String INCOMING = ".incoming";

	private static final int BUFFER = 64 * 1024;

	private final FilesProperties properties;

	private final Path root;

	private final FileRepository repository;

	private final AuditLog audit;

	private final ContentInspector inspector;

	FileStore(FilesProperties properties, FileRepository repository, AuditLog audit, Environment environment) {
		this.properties = properties;
		this.root = properties.root().toAbsolutePath().normalize();
		this.repository = repository;
		this.audit = audit;
		this.inspector = new ContentInspector(properties.zipLimits());
		refuseWebRoot(root, environment);
	}

	/**
	 * Checks and keeps {@code content}, read to its end. See the class comment for what is refused.
	 * @param originalName the name the user gave the file; cleaned, Thai kept
	 * @param allowed the kinds this upload may be
	 * @throws DomainException {@code platform.files.*} when the file is refused; nothing is kept then
	 */
	public StoredFile store(InputStream content, String originalName, Set<FileKind> allowed) {
		return store(content, originalName, null, allowed);
	}

	/**
	 * As {@link #store(InputStream, String, Set)}, also refusing a declared content type (as a browser
	 * sends it, e.g. {@code MultipartFile.getContentType()}) of active content such as HTML or SVG.
	 */
	public StoredFile store(InputStream content, String originalName, String declaredContentType,
			Set<FileKind> allowed) {
		String name = FileNames.clean(originalName);
		String extension = FileNames.extension(name);
		if (MACRO_EXTENSIONS.contains(extension)) {
			throw DomainException.invalid("platform.files.macro");
		}
		if (DANGEROUS_EXTENSIONS.contains(extension)) {
			throw DomainException.invalid("platform.files.extension-dangerous", "." + extension);
		}
		if (declaredContentType != null && DANGEROUS_DECLARED_TYPES
			.contains(declaredContentType.split(";")[0].strip().toLowerCase(Locale.ROOT))) {
			throw DomainException.invalid("platform.files.type-not-allowed", declaredContentType,
					allowedList(allowed));
		}
		try {
			Received received = receive(content);
			try {
				return keep(received, name, extension, allowed);
			}
			finally {
				Files.deleteIfExists(received.file());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file's metadata, or empty for an unknown (or malformed) id. */
	public Optional<StoredFile> find(String id) {
		return uuid(id).flatMap(repository::find).map(FileRepository.Entry::file);
	}

	/**
	 * The file's bytes; the caller closes the stream and has already checked that the reader may see it.
	 * @throws DomainException {@code platform.files.not-found} for an unknown id
	 */
	public InputStream open(String id) {
		return open(entry(id));
	}

	private InputStream open(FileRepository.Entry entry) {
		try {
			return Files.newInputStream(locate(entry.storagePath()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A download response for the file (see {@link FileDownloads}), recorded in the audit log as
	 * {@code DOWNLOAD}. The caller has already checked that the reader may see it.
	 */
	public ResponseEntity<Resource> download(String id) {
		FileRepository.Entry entry = entry(id);
		audit.record("DOWNLOAD", "platform_file", entry.file().id(), "{\"sha256\":\"" + entry.file().sha256()
				+ "\",\"size\":" + entry.file().size() + "}");
		return FileDownloads.attachment(entry.file(), open(entry));
	}

	/** Where the bytes of a stored file are; for operations tooling and tests. */
	Path pathOf(String id) {
		return locate(entry(id).storagePath());
	}

	Path root() {
		return root;
	}

	private FileRepository.Entry entry(String id) {
		return uuid(id).flatMap(repository::find)
			.orElseThrow(() -> DomainException.notFound("platform.files.not-found", String.valueOf(id)));
	}

	private StoredFile keep(Received received, String name, String extension, Set<FileKind> allowed)
			throws IOException {
		ContentInspector.Detected detected = inspector.inspect(received.file(), extension);
		FileKind kind = detected.kind()
			.filter(allowed::contains)
			.orElseThrow(() -> DomainException.invalid("platform.files.type-not-allowed", detected.contentType(),
					allowedList(allowed)));
		Optional<FileKind> claimed = extension.isEmpty() ? Optional.empty() : FileKind.ofExtension(extension);
		if (kind.text() && claimed.isPresent() && !claimed.get().text()) {
			// text dressed up as a PDF, picture or Office file: a script or a trap, never a real document
			throw DomainException.invalid("platform.files.type-mismatch", "." + extension, detected.contentType());
		}
		Instant storedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String id = UUID.randomUUID().toString();
		ZonedDateTime at = storedAt.atZone(ZoneOffset.UTC);
		String storagePath = "%04d/%02d/%s".formatted(at.getYear(), at.getMonthValue(), id);
		Path target = locate(storagePath);
		Files.createDirectories(target.getParent());
		Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
		StoredFile stored = new StoredFile(id, name, detected.contentType(), kind, received.size(),
				received.sha256(), storedAt);
		try {
			repository.insert(stored, storagePath, Actor.current());
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(target);
			throw ex;
		}
		removeOnRollback(target);
		return stored;
	}

	/** Copies the upload to a temporary file next to the store, hashing it, stopping past the limit. */
	private Received receive(InputStream content) throws IOException {
		Path incoming = root.resolve(INCOMING);
		Files.createDirectories(incoming);
		Path temp = Files.createTempFile(incoming, "upload-", ".part");
		MessageDigest sha256 = sha256();
		long limit = properties.maxSize().toBytes();
		long size = 0;
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit) {
					throw DomainException.invalid("platform.files.too-large", properties.maxSize().toMegabytes());
				}
				sha256.update(buffer, 0, read);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
			}
			out.force(true);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
		if (size == 0) {
			Files.deleteIfExists(temp);
			throw DomainException.invalid("platform.files.empty");
		}
		return new Received(temp, size, HexFormat.of().formatHex(sha256.digest()));
	}

	private Path locate(String storagePath) {
		Path path = root.resolve(storagePath).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalStateException("stored path outside the files root: " + storagePath);
		}
		return path;
	}

	private static void removeOnRollback(Path target) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					try {
						Files.deleteIfExists(target);
					}
					catch (IOException ex) {
						log.warn("Could not remove {} after rollback", target, ex);
					}
				}
			}
		});
	}

	/** "PDF, JPG, JPEG, ..." for messages. */
	static String allowedList(Set<FileKind> allowed) {
		EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);
		kinds.addAll(allowed);
		return kinds.stream()
			.flatMap(kind -> kind.extensions().stream())
			.map(extension -> extension.toUpperCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

	private static Optional<UUID> uuid(String id) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Refuses a files root inside a directory Spring serves as static content. */
	private static void refuseWebRoot(Path root, Environment environment) {
		List<String> locations = Binder.get(environment)
			.bind("spring.web.resources.static-locations", Bindable.listOf(String.class))
			.orElse(List.of());
		for (String location : locations) {
			if (location.startsWith("file:")) {
				Path served = Path.of(location.substring("file:".length())).toAbsolutePath().normalize();
				if (root.startsWith(served)) {
					throw new IllegalStateException("sujarit.files.root " + root + " is inside the web root " + served);
				}
			}
		}
	}

	private record Received(Path file, long size, String sha256) {
	}

}
