package org.sujarit.platform.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the rows a {@link TabularReader} reads to a handler running on a thread of its own, in batches, so
 * that parsing the next rows and checking the previous ones use two cores: for a large CSV the check is
 * about two thirds of the work and the parsing one third. Rows keep their order; at most a few batches
 * wait, so memory stays bounded. The handler's first failure stops the reading at the next row and reaches
 * the caller unchanged, as when the handler runs on the reading thread. The handler runs without the
 * caller's thread-bound context (signed-in user, transaction): it must not need them.
 *
 * <pre>
 * try (RowPipeline pipeline = RowPipeline.start(handler)) {
 *     reader.read(content, name, pipeline);
 *     pipeline.finish();
 * }
 * </pre>
 */
public final class RowPipeline implements RowHandler, AutoCloseable {

	private static final int BATCH = 512;

	private static final int WAITING_BATCHES = 8;

	/** Sent after the last batch. */
	private static final List<Object> END = List.of();

	private final RowHandler handler;

	private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(WAITING_BATCHES);

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	private final Thread consumer;

	private List<Object> batch = new ArrayList<>(BATCH);

	private boolean finished;

	private RowPipeline(RowHandler handler) {
		this.handler = handler;
		this.consumer = Thread.ofPlatform().name("row-pipeline").daemon().unstarted(this::consume);
	}

	public static RowPipeline start(RowHandler handler) {
		RowPipeline pipeline = new RowPipeline(handler);
		pipeline.consumer.start();
		return pipeline;
	}

	/** Called before any row: runs on the reading thread, so a refusal stops the reading at once. */
	@Override
	public void format(TabularFormat format) {
		handler.format(format);
	}

	@Override
	public void sheet(String name, boolean hidden) {
		add(new Sheet(name, hidden));
	}

	@Override
	public void row(Row row) {
		add(row);
	}

	private void add(Object event) {
		rethrow();
		batch.add(event);
		if (batch.size() == BATCH) {
			send(batch);
			batch = new ArrayList<>(BATCH);
		}
	}

	/** Waits until the handler has had every row; throws its failure if it had one. */
	public void finish() {
		if (!finished) {
			finished = true;
			if (!batch.isEmpty()) {
				send(batch);
			}
			send(END);
			join();
		}
		rethrow();
	}

	/** Stops the handler's thread if the reading ended without {@link #finish()} (it failed). */
	@Override
	public void close() {
		if (!finished) {
			finished = true;
			consumer.interrupt();
			join();
		}
	}

	private void send(List<Object> events) {
		try {
			while (!queue.offer(events, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
				rethrow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while handing rows over", ex);
		}
	}

	private void join() {
		try {
			consumer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the row handler", ex);
		}
	}

	private void rethrow() {
		RuntimeException failed = failure.get();
		if (failed != null) {
			throw failed;
		}
	}

	private void consume() {
		try {
			for (List<Object> events = queue.take(); events != END; events = queue.take()) {
				for (Object event : events) {
					if (event instanceof Row row) {
						handler.row(row);
					}
					else if (event instanceof Sheet sheet) {
						handler.sheet(sheet.name(), sheet.hidden());
					}
				}
			}
		}
		catch (InterruptedException ex) {
			// the reading failed and the pipeline was closed
		}
		catch (RuntimeException ex) {
			failure.set(ex);
		}
		catch (Error ex) {
			failure.set(new IllegalStateException(ex));
		}
	}

	private record Sheet(String name, boolean hidden) {
	}

}
