package org.sujarit.opendata.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.opendata.BatchPackages;
import org.sujarit.opendata.OpenData;
import org.sujarit.platform.web.DomainException;

/** The page form of the CSV check: upload, see the report, nothing stored. */
@Controller
@RequestMapping("/opendata/validate")
class CsvValidationPageController {

	private final OpenData openData;

	CsvValidationPageController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping
	String form() {
		return "opendata/validate";
	}

	@PostMapping
	String validate(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "laoCode", required = false) String laoCode,
			@RequestParam(name = "fiscalYear", required = false) Integer fiscalYear, Model model) throws IOException {
		model.addAttribute("laoCode", laoCode);
		model.addAttribute("fiscalYear", fiscalYear);
		try {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("opendata.upload.file-missing");
			}
			try (InputStream in = file.getInputStream()) {
				model.addAttribute("report", openData.validateCsv(in, file.getOriginalFilename(), laoCode, fiscalYear));
			}
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			model.addAttribute("problemCode", ex.code());
			model.addAttribute("problemArgs", BudgetPageController.strings(ex.arguments()));
		}
		return "opendata/validate";
	}

	/** The national batch from the page: the zip as a download, or the page with the report and the reason. */
	@PostMapping("/packages")
	String packageAll(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("opendata.upload.file-missing");
			}
			BatchPackages packages;
			try (InputStream in = file.getInputStream()) {
				packages = openData.packageBatch(in, file.getOriginalFilename());
			}
			if (packages.zip() != null) {
				BatchPackagesDownload.send(packages, response);
				return null;
			}
			model.addAttribute("report", packages.report());
			model.addAttribute("problemCode", packages.refusal());
			model.addAttribute("problemArgs", new String[0]);
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			model.addAttribute("problemCode", ex.code());
			model.addAttribute("problemArgs", BudgetPageController.strings(ex.arguments()));
		}
		return "opendata/validate";
	}

}
