package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"storytui/data"
	"storytui/internal/index"
)

// indexFlags are the flags every command that opens an index shares.
type indexFlags struct {
	dir     string
	reindex bool
}

// openIndex opens the index for paths without reading any article yet:
// an in-memory index for the built-in corpus, the persisted one for the
// user's paths. The caller fills it with fill.
func openIndex(paths []string, f indexFlags) (*index.Index, string, error) {
	if len(paths) == 0 {
		ix, err := index.NewMemory()
		return ix, "", err
	}
	dir := f.dir
	if dir == "" {
		d, err := index.DefaultDir(paths)
		if err != nil {
			return nil, "", err
		}
		dir = d
	}
	if f.reindex {
		if err := checkReindex(dir); err != nil {
			return nil, dir, err
		}
	}
	// The index is thrown away under its lock, so one another storytui
	// is using is refused, never deleted.
	ix, err := index.OpenWith(dir, index.Options{Rebuild: f.reindex})
	return ix, dir, err
}

// fill brings ix in step with paths, or loads the built-in corpus when
// there are none.
func fill(ctx context.Context, ix *index.Index, paths []string, progress func(index.Progress)) error {
	if len(paths) == 0 {
		return ix.AddFS(ctx, data.FS, progress)
	}
	return ix.Update(ctx, paths, progress)
}

// checkReindex refuses --reindex on a directory that does not look like
// an index, so that a mistyped --index never wipes the user's files.
func checkReindex(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 && !looksLikeIndex(dir) {
		return fmt.Errorf("--reindex: %s does not look like a storytui index; not deleting it", dir)
	}
	return nil
}

// looksLikeIndex reports whether dir holds a bleve index, by the metadata
// file bleve writes at the top of every index it creates.
func looksLikeIndex(dir string) bool {
	for _, name := range []string{"index_meta.json", "bleve", "manifest.json"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// noPathExists reports, after naming each on stderr, whether none of
// paths exists: a command given only mistyped paths stops there rather
// than making an index for them and showing it empty. When some exist,
// the missing ones are left to the build, which lists them as problems
// beside what it did load.
func noPathExists(paths []string, stderr io.Writer) bool {
	if len(paths) == 0 {
		return false
	}
	var missing []string
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			missing = append(missing, p)
			continue
		}
		return false
	}
	for i, p := range missing {
		hint := ""
		if i == 0 && !strings.ContainsAny(p, `/\.`) {
			// "storytui serach x": a mistyped command reads as a path.
			hint = " (nor a command: see storytui --help)"
		}
		fmt.Fprintf(stderr, "storytui: %s: no such file or directory%s\n", p, hint)
	}
	return true
}
