package org.beamcat.systemtests;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method a fresh {@link Browser} as a parameter, and after the test, whatever its outcome:
 * saves a screenshot of the page a failing test ended on ({@code <TestClass>-<method>-FAILED.png}, with the
 * test reports), then quits the browser.
 *
 * <pre>{@code
 * @ExtendWith({ArquillianExtension.class, BrowserExtension.class})
 * class SomePageIT extends DeployedBeamCat {
 *     @Test
 *     void showsTheLandingPage(Browser browser) {
 *         browser.open("/doi/");
 *         browser.screenshot("home");        // target/failsafe-reports/screenshots/SomePageIT-home.png
 *     }
 * }
 * }</pre>
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String KEY = "browser";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class
                && parameter.getDeclaringExecutable() instanceof Method;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // One browser per test method. Should afterEach never run, JUnit closes what its store holds (AutoCloseable).
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(KEY,
                key -> Browser.start(context.getRequiredTestClass().getSimpleName()), Browser.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(KEY, Browser.class);
        if (browser == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                try {
                    System.err.println("last page of the failed test " + context.getDisplayName() + ": "
                            + browser.currentUrl() + ", screenshot "
                            + browser.screenshot(context.getRequiredTestMethod().getName() + "-FAILED"));
                } catch (RuntimeException e) {
                    // The browser itself may be what failed; the test's own error is the one to report.
                    System.err.println("no screenshot of the failed test " + context.getDisplayName() + ": " + e);
                }
            }
        } finally {
            browser.close();
        }
    }
}
