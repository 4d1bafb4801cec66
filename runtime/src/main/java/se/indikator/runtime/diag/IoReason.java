package se.indikator.runtime.diag;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words and without the file's place on this machine (the
 * message names the path as the script wrote it): "permission denied", "the folder does not exist",
 * "Is a directory".
 */
public final class IoReason {
    private IoReason() {
    }

    public static String of(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("(/[^\\s:]+)+", "…");
    }
}
