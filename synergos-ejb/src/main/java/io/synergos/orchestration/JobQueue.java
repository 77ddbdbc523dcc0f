package io.synergos.orchestration;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * The Jakarta Messaging side of orchestration: a job message names the job and the attempt it starts. Sends
 * join the caller's JTA transaction, so a message exists exactly when the database change that needs it
 * commits. Queues: {@code java:/jms/queue/SynergosJobs} and its dead-letter queue, on the in-server broker or
 * the shared remote broker (wildfly-config's remote-broker.cli).
 */
@Stateless
public class JobQueue {

    public static final String JOB_ID = "synergosJobId";
    public static final String ATTEMPT = "synergosAttempt";
    public static final String ERROR = "synergosError";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/SynergosJobs")
    Queue jobs;

    @Resource(lookup = "java:/jms/queue/SynergosJobsDLQ")
    Queue deadLetters;

    /** Artemis' scheduled-delivery header; JMS 2.0's delivery delay alone was not honoured here. */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

    public void send(long jobId, int attempt, long delayMillis) {
        Message message = message(jobId, attempt);
        if (delayMillis > 0) {
            try {
                message.setLongProperty(SCHEDULED_DELIVERY, System.currentTimeMillis() + delayMillis);
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setDeliveryDelay(delayMillis)
                .send(jobs, message);
    }

    /** Parks a job whose attempts are used up on the dead-letter queue, with its last error. */
    public void deadLetter(long jobId, int attempt, String error) {
        Message message = message(jobId, attempt);
        try {
            message.setStringProperty(ERROR, error);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(deadLetters, message);
    }

    /** A message parked on the dead-letter queue. */
    public record DeadLetter(long jobId, int attempt, String error, long timestamp) {
    }

    /** The dead-letter queue's messages, oldest first, without consuming them (a queue browser). */
    public List<DeadLetter> deadLetters() {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                Message m = (Message) messages.nextElement();
                letters.add(new DeadLetter(m.getLongProperty(JOB_ID), m.getIntProperty(ATTEMPT),
                        m.getStringProperty(ERROR), m.getJMSTimestamp()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the dead-letter queue: " + e.getMessage(), e);
        }
        return letters;
    }

    private Message message(long jobId, int attempt) {
        Message message = jms.createMessage();
        try {
            message.setLongProperty(JOB_ID, jobId);
            message.setIntProperty(ATTEMPT, attempt);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        return message;
    }
}
