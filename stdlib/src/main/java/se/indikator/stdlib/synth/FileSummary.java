package se.indikator.stdlib.synth;

/**
 * What the generator wrote to one file: its name, the number of data rows (header excluded)
 * and its size in bytes.
 *
 * @param name  file name inside the output directory, e.g. {@code persons.csv}
 * @param rows  number of data rows, not counting the header row
 * @param bytes file size in bytes
 */
public record FileSummary(String name, long rows, long bytes) {
}
