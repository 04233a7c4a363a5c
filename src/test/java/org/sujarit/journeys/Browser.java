package org.sujarit.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver, never a downloaded browser) driven like a
 * person would: type, click, read the page. Keeps a screenshot of every step under
 * {@code target/screenshots/<journey>/}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path screenshots;

	private int step;

	Browser(String baseUrl, String journey, Path downloads) {
		this(baseUrl, journey, downloads, "1280,1600");
	}

	/** A browser whose window is {@code size} ("width,height"), e.g. a phone's "390,844". */
	Browser(String baseUrl, String journey, Path downloads, String size) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException(
					"Browser journeys need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
		}
		this.baseUrl = baseUrl;
		this.screenshots = Path.of("target", "screenshots", journey);
		try {
			Files.createDirectories(screenshots);
			Path profile = Files.createTempDirectory("sujarit-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=" + size, "--lang=th-TH",
					"--user-data-dir=" + profile.toAbsolutePath());
			options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
					downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			this.driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	Browser type(String cssSelector, String text) {
		WebElement field = find(cssSelector);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	Browser select(String cssSelector, String value) {
		new org.openqa.selenium.support.ui.Select(find(cssSelector)).selectByValue(value);
		return this;
	}

	/** Clicks; when the click leaves the page (a link or a submit button), waits for the next one. */
	Browser click(String cssSelector) {
		WebElement element = find(cssSelector);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		boolean navigates = "a".equals(element.getTagName())
				|| ("button".equals(element.getTagName()) && !"button".equals(element.getDomAttribute("type")));
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		if (navigates) {
			awaitNewPage(page);
		}
		return this;
	}

	/** Clicks a button that asks for confirmation (data-confirm), says yes and waits for the next page. */
	Browser clickAndConfirm(String cssSelector) {
		WebElement element = find(cssSelector);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		awaitNewPage(page);
		return this;
	}

	/** Waits until the page the person was looking at has been replaced (or a dialog asks something). */
	void awaitNewPage(WebElement oldPage) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
			try {
				d.switchTo().alert();
				return true;
			}
			catch (org.openqa.selenium.NoAlertPresentException ex) {
				return ExpectedConditions.stalenessOf(oldPage).apply(d);
			}
		});
	}

	Browser upload(String cssSelector, Path file) {
		find(cssSelector).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Signs in; a new session id must be issued (no session fixation). */
	Browser signIn(String username, String password) {
		open("/login");
		String before = cookie("SESSION");
		type("#username", username).type("#password", password).click("form[action$='/login'] button[type=submit]");
		String after = cookie("SESSION");
		if (after == null || after.equals(before)) {
			throw new AssertionError("signing in as " + username + " kept the session id " + before);
		}
		return this;
	}

	void signOut() {
		click("form[action$='/logout'] button");
	}

	WebElement find(String cssSelector) {
		return new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
	}

	List<WebElement> findAll(String cssSelector) {
		return driver.findElements(By.cssSelector(cssSelector));
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	String url() {
		return driver.getCurrentUrl();
	}

	/** True when the page is wider than the window: the reader would have to scroll sideways. */
	boolean overflowsSideways() {
		Object overflow = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
		return Boolean.TRUE.equals(overflow);
	}

	String cookie(String name) {
		var cookie = driver.manage().getCookieNamed(name);
		return cookie == null ? null : cookie.getValue();
	}

	/** Keeps a numbered screenshot of what the person sees now. */
	Browser screenshot(String name) {
		try {
			Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	org.openqa.selenium.WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
