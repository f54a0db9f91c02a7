package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * The installable web app on a phone (Chromium's mobile emulation at 390 px): the portal names its
 * manifest and icons, the service worker takes the guardian's diary page, and without a network the
 * week last loaded is shown (not what changed on the server meanwhile) with the offline note; back
 * online the page is current again, and logging out removes the kept week.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobileDiaryBrowserIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 9);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theDiaryWeekLastLoadedIsReadableOfflineOnAPhone() {
    TestSchool school = TestSchool.create(5, 1);
    long child = school.students.get(0);
    long lesson = school.lesson(DAY, 2);
    TestPeople.run("UPDATE lesson SET topic = 'Trupmenų palyginimas' WHERE id = ?", lesson);
    Account parent = TestSchool.guardianOf("Rasa", "Telefonienė", child);
    String diary = "diary/child.xhtml?student=" + child + "&date=" + DAY;

    try (Browser browser = new Browser(contextRoot)) {
      ChromeDriver chrome = (ChromeDriver) browser.driver();
      JavascriptExecutor js = chrome;
      chrome.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
      browser.logInAndOpen(diary, parent.login(), parent.password());
      assertEquals(
          Long.valueOf(390), js.executeScript("return document.documentElement.clientWidth"));
      String manifest =
          (String)
              js.executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "const link = document.querySelector('link[rel=manifest]');"
                      + "fetch(link.href).then(r => r.json())"
                      + ".then(m => Promise.all(m.icons.map(i => fetch(new URL(i.src, link.href))"
                      + ".then(r => r.headers.get('content-type'))))"
                      + ".then(types => done(m.name + ' ' + m.display + ' ' + types.join(','))))"
                      + ".catch(e => done('failed: ' + e));");
      assertEquals("e. dienynas standalone image/png,image/png", manifest);

      // the worker controls the page once it is active; the next load is the one it keeps
      browser
          .await()
          .until(d -> (Boolean) js.executeScript("return !!navigator.serviceWorker.controller"));
      browser.open(diary);
      assertTrue(browser.find(By.id("diary-week")).getText().contains("Trupmenų palyginimas"));
      browser
          .await()
          .until(
              d ->
                  (Boolean)
                      js.executeAsyncScript(
                          "const done = arguments[arguments.length - 1];"
                              + "caches.open('dienynas-diary-v1').then(c => c.keys())"
                              + ".then(k => done(k.some(r => r.url.includes('diary/child'))));"));

      // the server's copy changes; without a network the kept week is shown, said to be so
      TestPeople.run("UPDATE lesson SET topic = 'Dešimtainės trupmenos' WHERE id = ?", lesson);
      ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
      offline.setOffline(true);
      chrome.setNetworkConditions(offline);
      List<String> sessions = workerOffline(chrome);
      browser.open(diary);
      String kept = browser.find(By.id("diary-week")).getText();
      assertTrue(kept.contains("Trupmenų palyginimas"), kept);
      assertFalse(kept.contains("Dešimtainės"), kept);
      assertTrue(browser.find(By.id("offline-note")).isDisplayed(), "the offline note");

      // back online: the current week
      chrome.deleteNetworkConditions();
      for (String session : sessions) {
        chrome.executeCdpCommand(
            "Target.sendMessageToTarget",
            Map.of(
                "sessionId",
                session,
                "message",
                "{\"id\":3,\"method\":\"Network.emulateNetworkConditions\",\"params\":"
                    + "{\"offline\":false,\"latency\":0,\"downloadThroughput\":-1,"
                    + "\"uploadThroughput\":-1}}"));
        chrome.executeCdpCommand("Target.detachFromTarget", Map.of("sessionId", session));
      }
      browser.open(diary);
      browser
          .await()
          .until(d -> browser.find(By.id("diary-week")).getText().contains("Dešimtainės"));
      assertFalse(chrome.findElement(By.id("offline-note")).isDisplayed(), "no offline note");

      // logging out leaves nothing of the diary kept on the phone (styles and scripts may stay)
      browser.find(By.id("logout")).click();
      browser.waitFor(By.id("j_username"));
      browser
          .await()
          .until(
              d ->
                  !(Boolean)
                      js.executeAsyncScript(
                          "const done = arguments[arguments.length - 1];"
                              + "caches.open('dienynas-diary-v1').then(c => c.keys())"
                              + ".then(k => done(k.some(r => r.url.includes('diary/'))));"));
    }
  }

  /**
   * Chromium's offline emulation of the page does not reach the service worker's own fetches: the
   * worker's target gets it too, over the DevTools protocol (until its session is detached).
   */
  @SuppressWarnings("unchecked")
  private static List<String> workerOffline(ChromeDriver chrome) {
    Map<String, Object> targets = chrome.executeCdpCommand("Target.getTargets", Map.of());
    List<String> workers = new ArrayList<>();
    for (Map<String, Object> target : (List<Map<String, Object>>) targets.get("targetInfos")) {
      if ("service_worker".equals(target.get("type"))) {
        workers.add((String) target.get("targetId"));
      }
    }
    assertFalse(workers.isEmpty(), "a service worker target: " + targets);
    List<String> sessions = new ArrayList<>();
    for (String worker : workers) {
      String session =
          (String)
              chrome
                  .executeCdpCommand(
                      "Target.attachToTarget", Map.of("targetId", worker, "flatten", false))
                  .get("sessionId");
      sessions.add(session);
      for (String message :
          List.of(
              "{\"id\":1,\"method\":\"Network.enable\",\"params\":{}}",
              "{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":"
                  + "{\"offline\":true,\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}")) {
        chrome.executeCdpCommand(
            "Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
      }
    }
    return sessions;
  }
}
