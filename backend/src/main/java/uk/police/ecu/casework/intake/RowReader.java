package uk.police.ecu.casework.intake;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one kind of file into good rows and problems, in file order, writing nothing. Whole-file
 * problems are thrown as {@link CsvFileException}. Given the same file it hands over the same good
 * rows in the same order, which is what lets an interrupted import skip the rows it already did.
 */
@FunctionalInterface
public interface RowReader<R> {

    /** Streams the good rows and the problems; returns how many data rows the file has. */
    int read(InputStream in, Consumer<R> rows, Consumer<RowError> errors);
}
