package dev.sitehub.cloud.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven headless through chromedriver, with a Chinese-first Accept-Language like
 * a phone in China, and a screenshot folder under target/.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "portal-screenshots");

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static Browser start() {
    return start(true);
  }

  /** A browser with JavaScript switched off, to prove a flow needs none. */
  static Browser withoutJavaScript() {
    return start(false);
  }

  private static Browser start(boolean javascript) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toString());
    o.addArguments(
        List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--lang=zh-CN"));
    o.setExperimentalOption(
        "prefs",
        javascript
            ? Map.of("intl.accept_languages", "zh-CN,zh")
            : Map.of(
                "intl.accept_languages",
                "zh-CN,zh",
                "profile.managed_default_content_settings.javascript",
                2));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver d = new ChromeDriver(service, o);
    d.manage().window().setSize(new Dimension(1280, 900));
    return new Browser(d);
  }

  /** Saves a PNG of the current page as target/portal-screenshots/{name}.png. */
  void shot(String name) {
    try {
      Files.createDirectories(SHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
