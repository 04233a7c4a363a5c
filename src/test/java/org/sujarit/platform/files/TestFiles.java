package org.sujarit.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Test files built in memory, so no binary fixtures are committed: real documents made with POI and
 * ImageIO, and hostile ones (zip bombs, disguised executables, macro and encrypted Office files).
 */
public final class TestFiles {

	public static final String WORDPROCESSING_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	public static final String MACRO_WORD_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

	private TestFiles() {
	}

	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The start of a Windows executable: "MZ", the DOS stub and a PE header. */
	public static byte[] exe() {
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3C] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 0x4E, stub.length);
		return exe;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("ข้อมูล").createRow(0).createCell(0).setCellValue("หน่วยงาน");
			return write(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A macro-enabled workbook (.xlsm content), as POI writes it. */
	public static byte[] xlsm() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			workbook.createSheet("a").createRow(0).createCell(0).setCellValue(1);
			return write(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xls() {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("ข้อมูล").createRow(0).createCell(0).setCellValue("หน่วยงาน");
			return write(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("รายงานผลการดำเนินงาน");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A workbook encrypted with a password (agile encryption, as Excel 2010+ does). */
	public static byte[] encrypted(byte[] ooxml) {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("รหัสลับ");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(ooxml);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A Word package saying it is macro-enabled and carrying a VBA project, like a .docm. */
	public static byte[] docm() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", contentTypes("/word/document.xml", MACRO_WORD_MAIN));
		entries.put("_rels/.rels", rootRelationships("word/document.xml", false));
		entries.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
			.getBytes(StandardCharsets.UTF_8));
		entries.put("word/vbaProject.bin", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
		return zip(entries);
	}

	/**
	 * A Word package whose document part inflates from a few kilobytes to {@code inflatedBytes} of
	 * zeros: a zip bomb dressed as a .docx.
	 */
	public static byte[] zipBombDocx(int inflatedBytes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "[Content_Types].xml", contentTypes("/word/document.xml", WORDPROCESSING_MAIN));
			put(zip, "_rels/.rels", rootRelationships("word/document.xml", false));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int written = 0; written < inflatedBytes; written += zeros.length) {
				zip.write(zeros, 0, Math.min(zeros.length, inflatedBytes - written));
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The same package with one entry replaced (or added). */
	public static byte[] replaceEntry(byte[] zipBytes, String name, byte[] content) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		entries.put(name, content);
		return zip(entries);
	}

	public static String entryText(byte[] zipBytes, String name) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new IllegalArgumentException(name);
	}

	public static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				put(zip, entry.getKey(), entry.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static byte[] contentTypes(String mainPart, String mainType) {
		return ("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>
				<Override PartName="%s" ContentType="%s"/>
				</Types>
				""".formatted(mainPart, mainType)).strip().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] rootRelationships(String target, boolean strict) {
		String type = strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
				: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
		return ("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="%s" Target="%s"/>
				</Relationships>
				""".formatted(type, target)).strip().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The same package in the Strict conformance class (ISO/IEC 29500 Strict, Excel's "Strict Open XML
	 * Spreadsheet"): every XML part's Transitional namespaces and relationship types rewritten to their
	 * purl.oclc.org Strict forms and the workbook marked {@code conformance="strict"}. Content types are
	 * the same in both classes.
	 */
	public static byte[] strict(byte[] transitional) {
		String[][] namespaces = {
				{ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
						"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties" },
				{ "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
						"http://purl.oclc.org/ooxml/officeDocument/extendedProperties" },
				{ "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
						"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes" },
				{ "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
						"http://purl.oclc.org/ooxml/officeDocument/relationships" },
				{ "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main" },
				{ "http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main" } };
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(transitional))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				String name = entry.getName();
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					for (String[] namespace : namespaces) {
						xml = xml.replace(namespace[0], namespace[1]);
					}
					if (name.equals("xl/workbook.xml")) {
						xml = xml.replaceFirst("<workbook ", "<workbook conformance=\"strict\" ");
					}
					content = xml.getBytes(StandardCharsets.UTF_8);
				}
				entries.put(name, content);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zip(entries);
	}

	/** A stream of {@code size} letters "a" that never holds them all in memory. */
	public static InputStream letters(long size) {
		return new InputStream() {

			private long left = size;

			@Override
			public int read() {
				if (left <= 0) {
					return -1;
				}
				left--;
				return 'a';
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, left);
				java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
				left -= n;
				return n;
			}
		};
	}

	public static byte[] write(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
