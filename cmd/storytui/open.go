package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

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
		if err := removeIndexDir(dir); err != nil {
			return nil, dir, err
		}
	}
	ix, err := index.Open(dir)
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

// removeIndexDir deletes an index directory for --reindex, refusing to
// delete a directory that does not look like an index so that a mistyped
// --index never wipes the user's files.
func removeIndexDir(dir string) error {
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
	// Deleting an index another storytui is writing would corrupt what
	// it builds: opening takes the index's lock, so only a free index
	// is removed.
	if len(entries) > 0 {
		ix, err := index.Open(dir)
		if errors.Is(err, index.ErrInUse) {
			return fmt.Errorf("--reindex: %w", err)
		}
		if err == nil {
			ix.Close()
		}
	}
	return os.RemoveAll(dir)
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
