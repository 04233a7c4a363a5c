package org.sujarit.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use while a piece of work runs: the highest heap use sampled every 10 ms, the old generation left
 * after the last collection, and the collections it took. Begin one around the work, then {@link #finish}.
 */
final class HeapWatch extends Thread {

	private volatile boolean running = true;

	private volatile long peak;

	private final long before;

	private final long[] gcBefore;

	private long[] gcAfter;

	private HeapWatch(long before, long[] gcBefore) {
		this.before = before;
		this.gcBefore = gcBefore;
		setDaemon(true);
	}

	/** Collects garbage, resets the pools' peaks and starts sampling. */
	static HeapWatch begin() {
		System.gc();
		long before = heapUsed();
		pools().forEach(MemoryPoolMXBean::resetPeakUsage);
		HeapWatch watch = new HeapWatch(before, gc());
		watch.start();
		return watch;
	}

	@Override
	public void run() {
		while (running) {
			peak = Math.max(peak, heapUsed());
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	void finish() throws InterruptedException {
		running = false;
		join();
		peak = Math.max(peak, heapUsed());
		gcAfter = gc();
	}

	long before() {
		return before;
	}

	long peak() {
		return Math.max(peak, before);
	}

	long gcCount() {
		return gcAfter[0] - gcBefore[0];
	}

	long gcMillis() {
		return gcAfter[1] - gcBefore[1];
	}

	/** The header of the table {@link #line} prints. */
	static void printHeader() {
		String header = String.format(java.util.Locale.ROOT, "%-6s %10s %12s %14s %14s %16s %10s %10s %12s", "format", "seconds",
				"file MB", "heap before MB", "peak heap MB", "old gen after GC", "GC count", "GC ms", "s/target");
		System.out.println(header);
		System.out.println("-".repeat(header.length()));
	}

	/** One finished piece of work: its time, the file it wrote and the heap it took. */
	void printLine(String format, double seconds, long fileBytes, double targetSeconds) {
		System.out.printf(java.util.Locale.ROOT, "%-6s %10.2f %12.1f %14d %14d %16d %10d %10d %12.2f%n", format, seconds,
				fileBytes / 1048576.0, before() >> 20, peak() >> 20, oldGenerationAfterGc() >> 20, gcCount(), gcMillis(),
				seconds / targetSeconds);
	}

	/** The old generation left after the last collection: what the work kept. */
	static long oldGenerationAfterGc() {
		return pools().stream()
			.filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
			.mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed())
			.max()
			.orElse(0);
	}

	private static List<MemoryPoolMXBean> pools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

	static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long[] gc() {
		long count = 0;
		long time = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, gc.getCollectionCount());
			time += Math.max(0, gc.getCollectionTime());
		}
		return new long[] { count, time };
	}

}
