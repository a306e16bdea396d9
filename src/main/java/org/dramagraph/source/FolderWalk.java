package org.dramagraph.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The files of a folder that may hold articles, recursively and in name order. Hidden files and
 * folders are left out; media and other files that cannot be articles are counted, not listed.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final ArticleSink sink;
    private final List<Path> files = new ArrayList<>();
    private int skipped;
    private int failed;

    private FolderWalk(Path root, ArticleSink sink) {
        this.root = root;
        this.sink = sink;
    }

    /**
     * Walks a folder; subfolders that cannot be read are reported to the sink.
     *
     * @throws IOException when the folder itself cannot be read
     */
    static FolderWalk of(Path root, ArticleSink sink) throws IOException {
        FolderWalk walk = new FolderWalk(root, sink);
        Files.walkFileTree(root, walk);
        Collections.sort(walk.files);
        return walk;
    }

    /** The files to read, in name order. */
    List<Path> files() {
        return files;
    }

    /** How many files were passed over because they cannot hold articles. */
    int skipped() {
        return skipped;
    }

    /** How many files or folders could not be read (each already reported). */
    int failed() {
        return failed;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (isHidden(file) || !attrs.isRegularFile() && !Files.isRegularFile(file)) {
            return FileVisitResult.CONTINUE;
        }
        if (Formats.notAnArticle(Input.contentName(file))) {
            skipped++;
        } else {
            files.add(file);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        failed++;
        sink.problem(new InputProblem(file.toString(), 0, ArticleReader.describe(e)));
        return FileVisitResult.CONTINUE;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
