package org.sujarit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

/** CPU time used so far by this JVM and by one embedded PostgreSQL server, from /proc (Linux). */
final class ProcessCpu {

	private static final double TICKS_PER_SECOND = 100.0;

	private ProcessCpu() {
	}

	static double jvmSeconds() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
	}

	/**
	 * The postmaster of the server on {@code dataDir} (its {@code postmaster.pid}) and its children, the
	 * backends and background workers: other PostgreSQL servers on the machine are not counted.
	 */
	static double postgresSeconds(Path dataDir) {
		long postmaster;
		try {
			postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		double ticks = 0;
		try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
			for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
				try {
					String stat = Files.readString(proc.resolve("stat"));
					// fields after the command: state ppid ... utime(12th) stime(13th)
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					long pid = Long.parseLong(proc.getFileName().toString());
					if (pid == postmaster || Long.parseLong(fields[1]) == postmaster) {
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return ticks / TICKS_PER_SECOND;
	}

}
