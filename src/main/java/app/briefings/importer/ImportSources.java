package app.briefings.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files named on the command line: folders walked recursively in sorted order, files
 * taken as given, each file once however often it is named. Files of other formats are
 * listed as skipped.
 *
 * @param files the files to import, in the order they are read
 * @param skipped files found in folders that are not {@code .txt}, {@code .json} or
 * {@code .ndjson}
 */
record ImportSources(List<SourceFile> files, List<Path> skipped) {

	ImportSources {
		files = List.copyOf(files);
		skipped = List.copyOf(skipped);
	}

	/** Finds the files; a path that does not exist is a usage error. */
	static ImportSources find(List<Path> paths) throws UsageException {
		List<SourceFile> files = new ArrayList<>();
		List<Path> skipped = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new UsageException("no such file or folder: " + path);
			}
			for (Path file : filesUnder(path)) {
				if (!seen.add(file.toAbsolutePath().normalize())) {
					continue;
				}
				DocumentFormat format = DocumentFormat.of(file);
				if (format == null) {
					skipped.add(file);
				}
				else {
					files.add(new SourceFile(file, nameOf(path, file), format));
				}
			}
		}
		return new ImportSources(files, skipped);
	}

	private static List<Path> filesUnder(Path path) throws UsageException {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> walk = Files.walk(path)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new UsageException("cannot read the folder " + path + ": " + ex);
		}
	}

	/**
	 * The name a file is known by: its path below the folder named on the command line,
	 * prefixed with that folder's own name; a file named directly is known by its name.
	 */
	static String nameOf(Path given, Path file) {
		Path absolute = given.toAbsolutePath().normalize();
		if (file.equals(given)) {
			Path name = absolute.getFileName();
			return (name != null) ? name.toString() : absolute.toString();
		}
		String relative = forwardSlashes(given.relativize(file));
		Path folderName = absolute.getFileName();
		return (folderName != null) ? folderName + "/" + relative : relative;
	}

	private static String forwardSlashes(Path path) {
		List<String> names = new ArrayList<>();
		for (Path name : path) {
			names.add(name.toString());
		}
		return String.join("/", names);
	}

}
