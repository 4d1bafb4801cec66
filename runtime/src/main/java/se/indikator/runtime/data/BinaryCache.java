package se.indikator.runtime.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A binary copy of a loaded table, keyed by the content of the file (CSV, a workbook, Parquet) or files (a
 * pattern's Parquet files) it was read from (their sizes and CRC-32C) and the read options, so that reading the same file again takes a fraction of parsing it: the columns'
 * narrow arrays are written as they are and read back in bulk. A cache entry that does not match —
 * another file content, other options, another format version — is simply not used.
 */
public final class BinaryCache {
    private static final String MAGIC = "indikator-cache-1";

    private BinaryCache() {
    }

    /** The key of a file's content with the options used to read it. */
    public static String key(Path file, ReadOptions options) throws IOException {
        long[] sizeAndCrc = sizeAndCrc(file);
        return Long.toHexString(sizeAndCrc[0]) + "-" + Long.toHexString(sizeAndCrc[1]) + "-"
                + Integer.toHexString(String.valueOf(options).hashCode());
    }

    /**
     * The key of several files read as one table (a pattern's Parquet files), in order, with the options: the
     * size and CRC-32C of every file, not their paths, so the same files in another folder have the same key.
     * One file has the key {@link #key(Path, ReadOptions)} gives.
     */
    public static String key(List<Path> files, ReadOptions options) throws IOException {
        if (files.size() == 1) {
            return key(files.get(0), options);
        }
        CRC32C all = new CRC32C();
        long total = 0;
        ByteBuffer pair = ByteBuffer.allocate(16);
        for (Path f : files) {
            long[] sizeAndCrc = sizeAndCrc(f);
            total += sizeAndCrc[0];
            pair.clear();
            pair.putLong(sizeAndCrc[0]).putLong(sizeAndCrc[1]).flip();
            all.update(pair);
        }
        return Long.toHexString(total) + "-" + Long.toHexString(all.getValue()) + "-" + files.size() + "-"
                + Integer.toHexString(String.valueOf(options).hashCode());
    }

    private static long[] sizeAndCrc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
            while (ch.read(buf) > 0) {
                buf.flip();
                size += buf.remaining();
                crc.update(buf);
                buf.clear();
            }
        }
        return new long[] {size, crc.getValue()};
    }

    /** Reads the cached table, when the cache holds one for this key. */
    public static Optional<LoadResult> read(Path cacheFile, String key, String displayPath) {
        if (!Files.isRegularFile(cacheFile)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(cacheFile);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 20))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int rows = in.readInt();
            int[] breakRows = ints(in, in.readInt());
            int[] breakLines = ints(in, breakRows.length);
            int ncols = in.readInt();
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < ncols; c++) {
                columns.add(column(in, rows));
            }
            int nproblems = in.readInt();
            List<DataProblem> problems = new ArrayList<>();
            for (int p = 0; p < nproblems; p++) {
                problems.add(new DataProblem(Severity.valueOf(in.readUTF()), displayPath, in.readInt(), in.readInt(),
                        in.readUTF(), in.readUTF(), nullable(in.readUTF())));
            }
            Dataset d = new Dataset(displayPath, displayPath, rows, columns, SourceLines.of(breakRows, breakLines));
            return Optional.of(new LoadResult(Optional.of(d), problems));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the table to the cache folder under its key (atomically: a half-written file is never read; the
     * file private to the user), then keeps the folder within its limit.
     */
    public static void write(CacheFolder folder, String key, LoadResult loaded) throws IOException {
        Path cacheFile = folder.entry(key);
        Path tmp = folder.newPrivateFile(cacheFile.getFileName() + ".tmp");
        writeTo(tmp, key, loaded);
        Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        folder.evict();
    }

    /** Writes the table to {@code cacheFile} (atomically: a half-written file is never read). */
    public static void write(Path cacheFile, String key, LoadResult loaded) throws IOException {
        Files.createDirectories(cacheFile.toAbsolutePath().getParent());
        Path tmp = cacheFile.resolveSibling(cacheFile.getFileName() + ".tmp");
        writeTo(tmp, key, loaded);
        Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeTo(Path tmp, String key, LoadResult loaded) throws IOException {
        Dataset d = loaded.dataset().orElseThrow();
        try (OutputStream raw = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 20))) {
            out.writeUTF(MAGIC);
            out.writeUTF(key);
            out.writeInt(d.rowCount());
            int[] br = d.lines().breakRows();
            int[] bl = d.lines().breakLines();
            out.writeInt(br.length);
            writeInts(out, br);
            writeInts(out, bl);
            out.writeInt(d.columns().size());
            for (Column c : d.columns()) {
                column(out, c);
            }
            out.writeInt(loaded.problems().size());
            for (DataProblem p : loaded.problems()) {
                out.writeUTF(p.severity().name());
                out.writeInt(p.line());
                out.writeInt(p.column());
                out.writeUTF(p.offendingText() == null ? "" : p.offendingText());
                out.writeUTF(p.message());
                out.writeUTF(p.hint() == null ? "\u0000" : p.hint());
            }
        }
    }

    private static String nullable(String s) {
        return s.equals("\u0000") ? null : s;
    }

    private static void column(DataOutputStream out, Column c) throws IOException {
        out.writeUTF(c.name());
        out.writeUTF(c.type().name());
        out.writeInt(c.missingCount());
        if (c instanceof TextColumn t) {
            out.writeByte('T');
            String[] dict = t.dictionary();
            out.writeInt(dict.length);
            for (String s : dict) {
                out.writeUTF(s);
            }
            storage(out, t.storage());
        } else if (c instanceof IntColumn i) {
            out.writeByte('I');
            out.writeLong(i.sum());
            out.writeInt(i.min());
            out.writeInt(i.max());
            storage(out, i.storage());
        } else {
            out.writeByte('D');
            storage(out, ((DoubleColumn) c).storage());
        }
    }

    private static Column column(DataInputStream in, int rows) throws IOException {
        String name = in.readUTF();
        ColumnType type = ColumnType.valueOf(in.readUTF());
        int missing = in.readInt();
        int kind = in.readByte();
        if (kind == 'T') {
            String[] dict = new String[in.readInt()];
            for (int k = 0; k < dict.length; k++) {
                dict[k] = in.readUTF();
            }
            return TextColumn.fromStorage(name, dict, storage(in, rows), rows, missing);
        }
        if (kind == 'I') {
            long sum = in.readLong();
            int min = in.readInt();
            int max = in.readInt();
            return IntColumn.fromStorage(name, type, storage(in, rows), rows, missing, sum, min, max);
        }
        return DoubleColumn.fromStorage(name, (double[]) storage(in, rows), missing);
    }

    private static void storage(DataOutputStream out, Object array) throws IOException {
        if (array instanceof byte[] b) {
            out.writeByte(8);
            out.write(b);
        } else if (array instanceof short[] s) {
            out.writeByte(16);
            ByteBuffer buf = ByteBuffer.allocate(s.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            buf.asShortBuffer().put(s);
            out.write(buf.array());
        } else if (array instanceof int[] i) {
            out.writeByte(32);
            ByteBuffer buf = ByteBuffer.allocate(i.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asIntBuffer().put(i);
            out.write(buf.array());
        } else {
            double[] d = (double[]) array;
            out.writeByte(64);
            ByteBuffer buf = ByteBuffer.allocate(d.length * 8).order(ByteOrder.LITTLE_ENDIAN);
            buf.asDoubleBuffer().put(d);
            out.write(buf.array());
        }
    }

    private static Object storage(DataInputStream in, int rows) throws IOException {
        int bits = in.readByte();
        byte[] raw = new byte[rows * (bits / 8)];
        in.readFully(raw);
        ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        switch (bits) {
            case 8 -> {
                return raw;
            }
            case 16 -> {
                short[] s = new short[rows];
                buf.asShortBuffer().get(s);
                return s;
            }
            case 32 -> {
                int[] i = new int[rows];
                buf.asIntBuffer().get(i);
                return i;
            }
            default -> {
                double[] d = new double[rows];
                buf.asDoubleBuffer().get(d);
                return d;
            }
        }
    }

    private static int[] ints(DataInputStream in, int n) throws IOException {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.readInt();
        }
        return out;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int v : values) {
            out.writeInt(v);
        }
    }
}
