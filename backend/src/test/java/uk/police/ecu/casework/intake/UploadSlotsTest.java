package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UploadSlotsTest {

    @Test
    void shouldRefuseAnUploadThatFindsEverySlotTakenForTheLongestWait_sayingNothingWasImportedAndToTryAgain()
            throws Exception {
        UploadSlots slots = new UploadSlots(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return slots.check(() -> {
                    holding.countDown();
                    awaitQuietly(release);
                    return "first";
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holding.await(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> slots.check(() -> "second"))
                .isInstanceOf(UploadSlots.BusyException.class)
                .hasMessage("Too many files are being uploaded at once. Nothing from this file was imported; "
                        + "upload it again in a minute");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(slots.check(() -> "third")).as("the slot is free again").isEqualTo("third");
    }

    @Test
    void shouldFreeTheSlotWhenACheckFails() throws Exception {
        UploadSlots slots = new UploadSlots(1, Duration.ofMillis(100));

        assertThatThrownBy(() -> slots.check(() -> {
            throw new CsvFileException("The file has no rows");
        })).isInstanceOf(CsvFileException.class);

        assertThat(slots.check(() -> "next")).isEqualTo("next");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
