package org.sujarit.directory.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Upload files built in the test: good and bad workbooks, CSV in several encodings.
 */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] tis620(String text) {
		return text.getBytes(java.nio.charset.Charset.forName("x-windows-874"));
	}

	static byte[] xlsx(List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			fill(workbook, rows);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xls(List<List<Object>> rows) {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			fill(workbook, rows);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An XLSX workbook encrypted with a password, as Excel saves it (an OLE2 container). */
	static byte[] passwordProtectedXlsx(List<List<Object>> rows) {
		byte[] plain = xlsx(rows);
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream stream = encryptor.getDataStream(fs)) {
				stream.write(plain);
			}
			catch (java.security.GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("ไม่ใช่ตาราง");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A minimal workbook whose sheet part is 40 MB of blanks compressed to a few kilobytes: opening it
	 * naively would blow up memory.
	 */
	static byte[] zipBomb() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="agencies" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
					</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] blanks = new byte[1024 * 1024];
			java.util.Arrays.fill(blanks, (byte) ' ');
			zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				.getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 40; i++) {
				zip.write(blanks);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void fill(Workbook workbook, List<List<Object>> rows) {
		var sheet = workbook.createSheet("agencies");
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r);
			List<Object> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
