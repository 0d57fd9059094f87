/**
 * The {@code io} module and {@code open()}: CPython 3.11's layered I/O (Modules/_io/) as far as
 * everyday programs use it — FileIO over a Java file channel, the buffered layer over it, the
 * text layer over that, and the in-memory StringIO and BytesIO. May use: {@code vm},
 * {@code objects}, {@code gc}, {@code memory}, {@code bytecode}.
 */
package dev.pyvm.modules.io;
