package se.indikator.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's measures of memory at its peak: the JVM's heap pools since they were reset, and the process's
 * resident set (the JVM with DuckDB in it) since it was reset, where Linux lets a process reset it.
 */
final class MemoryPeaks {
    private MemoryPeaks() {
    }

    /** Collects garbage and resets the heap pools' peaks. */
    static void resetHeap() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetHeap}: an upper bound of the heap in use at once. */
    static long heap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Resets the process's peak resident set (Linux: writing 5 to clear_refs); false where that is not possible. */
    static boolean resetResident() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The process's peak resident set since it was last reset, in kB (Linux), or -1. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
