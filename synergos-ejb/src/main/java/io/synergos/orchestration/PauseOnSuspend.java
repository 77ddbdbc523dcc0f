package io.synergos.orchestration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.as.server.suspend.ServerResumeContext;
import org.jboss.as.server.suspend.ServerSuspendContext;
import org.jboss.as.server.suspend.SuspendableActivity;
import org.jboss.as.server.suspend.SuspendableActivityRegistry;
import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceActivator;
import org.jboss.msc.service.ServiceActivatorContext;
import org.jboss.msc.service.ServiceBuilder;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;

/**
 * Takes part in the server's graceful suspend, which WildFly runs before it stops when told to
 * ({@code -Dorg.wildfly.sigterm.suspend.timeout=N} makes SIGTERM do so; the launcher sets it): in the first group of
 * suspended activities, before the server stops taking requests and before Jakarta Enterprise Beans are suspended, the
 * TTP's training runs pause at the end of their round, checkpointed, and the suspend waits for them (up to its
 * timeout). Without it a stop is as a crash: the runs resume from their last checkpoint.
 *
 * <p>The deployment installs this as an MSC service ({@code META-INF/services/org.jboss.msc.service.ServiceActivator})
 * that requires the server's suspend controller, a private WildFly API (modules org.jboss.as.server, org.jboss.msc).
 * What pausing and resuming mean is the application's: {@link Recovery} sets them with {@link #handle}.
 */
public final class PauseOnSuspend implements ServiceActivator, SuspendableActivity {

    private static final Logger LOG = Logger.getLogger(PauseOnSuspend.class.getName());
    private static final ServiceName SUSPEND_CONTROLLER = ServiceName.parse("org.wildfly.server.suspend-controller");
    private static final ServiceName SERVICE = ServiceName.parse("io.synergos.pause-on-suspend");

    private static volatile Supplier<Integer> pause = () -> 0;
    private static volatile Runnable resume = () -> { };

    /**
     * @param pausing  pauses the runs and waits for them; returns how many did not pause in time
     * @param resuming resumes the runs that paused, when the server is resumed without having stopped
     */
    static void handle(Supplier<Integer> pausing, Runnable resuming) {
        pause = pausing;
        resume = resuming;
    }

    @Override
    public void activate(ServiceActivatorContext context) {
        ServiceBuilder<?> builder = context.getServiceTarget().addService();
        builder.provides(SERVICE);
        Supplier<SuspendableActivityRegistry> registry = builder.requires(SUSPEND_CONTROLLER);
        PauseOnSuspend activity = this;
        builder.setInstance(new Service() {
            @Override
            public void start(StartContext start) {
                registry.get().registerActivity(activity, SuspendableActivityRegistry.SuspendPriority.FIRST);
            }

            @Override
            public void stop(StopContext stop) {
                registry.get().unregisterActivity(activity);
            }
        });
        builder.install();
    }

    @Override
    public CompletionStage<Void> suspend(ServerSuspendContext context) {
        // on a thread of its own: the caller only waits for the stage, and the managed executors take no task now
        CompletableFuture<Void> paused = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                int left = pause.get();
                if (left > 0) {
                    LOG.warning(left + " grid(s) did not pause in time; they resume from their last checkpoint");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "pausing the runs failed; they resume from their last checkpoint", e);
            } finally {
                paused.complete(null);
            }
        }, "synergos-pause-on-suspend");
        thread.start();
        return paused;
    }

    @Override
    public CompletionStage<Void> resume(ServerResumeContext context) {
        try {
            resume.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "resuming the paused runs failed; they resume at the next start", e);
        }
        return SuspendableActivity.COMPLETED;
    }
}
