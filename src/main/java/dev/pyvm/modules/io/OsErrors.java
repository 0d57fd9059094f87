package dev.pyvm.modules.io;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The OSError CPython raises for a failed system call, from the Java exception that reports it:
 * the errno (Linux's numbers) and strerror of the C library, and the file name as given.
 */
public final class OsErrors {
    public static final int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20,
            EISDIR = 21, EINVAL = 22, ENOTEMPTY = 39;

    private OsErrors() {}

    /** glibc's strerror() of the errno values pyvm raises. */
    public static String strerror(int errno) {
        return switch (errno) {
            case EPERM -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case EIO -> "Input/output error";
            case EBADF -> "Bad file descriptor";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ENOTEMPTY -> "Directory not empty";
            default -> "Unknown error " + errno;
        };
    }

    /** {@code OSError(errno, strerror(errno), filename)} of errno's subclass; filename borrowed, 0 for none. */
    public static PyException of(ObjectSpace space, int errno, int filename) {
        return space.exceptions.raiseOSError(errno, strerror(errno), filename);
    }

    /** The OSError for a Java I/O failure on the file named filename (borrowed, 0 for none). */
    public static PyException of(ObjectSpace space, IOException e, int filename) {
        int errno = errno(e);
        if (errno < 0) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            return space.exceptions.raiseOSError(EIO, reason == null ? strerror(EIO) : reason, filename);
        }
        return of(space, errno, filename);
    }

    private static int errno(IOException e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null) return -1;
        for (int errno : new int[] {EPERM, ENOENT, EBADF, EACCES, EEXIST, ENOTDIR, EISDIR, EINVAL, ENOTEMPTY}) {
            if (reason.contains(strerror(errno))) return errno;
        }
        return -1;
    }
}
