package uk.police.ecu.casework.intake;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;

/**
 * What the application in this JVM holds and allocates: the heap in use after a full collection
 * (what stays), and the bytes allocated by the web server's request threads (what a request costs,
 * garbage included, so a file read whole into memory would show however soon it was collected).
 */
final class ServerMemory {

    private static final long MB = 1024 * 1024;

    private ServerMemory() {
    }

    /** Heap in use after a full collection, in MB. */
    static long heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    /** Bytes allocated so far by every live request thread of the embedded Tomcat, in MB. */
    static long requestThreadsAllocatedMb() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && info.getThreadName().startsWith("http-nio-"))
                .mapToLong(ThreadInfo::getThreadId).toArray();
        if (ids.length == 0) {
            throw new IllegalStateException("No request threads (http-nio-*) found to measure");
        }
        return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum() / MB;
    }
}
