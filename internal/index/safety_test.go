package index

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// builtIndex builds an on-disk index of the fixture in a new directory
// and returns the directory and the corpus, with the index closed.
func builtIndex(t *testing.T) (dir, in string) {
	t.Helper()
	in = t.TempDir()
	writeJSONL(t, in, "f.jsonl", fixture)
	dir = filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	update(t, ix, in)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, in
}

func setVersion(t *testing.T, dir string, v int) {
	t.Helper()
	m, err := loadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	m.Version = v
	if err := m.save(dir); err != nil {
		t.Fatal(err)
	}
}

// TestOpenLocksBeforeLooking: a second Open of an index another holder
// has open finds an older version in its manifest (as a newer storytui
// started next to an older one would); it must say the index is in use
// and leave it alone, not delete the files the holder is using.
func TestOpenLocksBeforeLooking(t *testing.T) {
	dir, _ := builtIndex(t)
	held, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	setVersion(t, dir, schemaVersion-1)
	// The holder keeps merging segments in the background, so the store's
	// file list may change; what a second Open must never do is delete or
	// replace the index, which would change its meta file or empty its store.
	meta := filepath.Join(dir, bleveDir, "index_meta.json")
	before, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	second, err := Open(dir)
	if err == nil {
		second.Close()
		t.Fatal("a second Open of a held index succeeded")
	}
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), dir) {
		t.Errorf("second Open: %v; want ErrInUse naming %s", err, dir)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("second Open took %s to give up", took)
	}
	after, err := os.ReadFile(meta)
	if err != nil || !bytes.Equal(after, before) {
		t.Errorf("the held index was replaced under it: meta %q before, %q after (%v)", before, after, err)
	}
	if store, _ := filepath.Glob(filepath.Join(dir, bleveDir, "store", "*")); len(store) == 0 {
		t.Error("the held index's store was emptied under it")
	}
	if n, err := held.Count(); err != nil || n != uint64(len(fixture)) {
		t.Errorf("the holder's index has %d articles (%v), want %d", n, err, len(fixture))
	}
	res, err := held.Search(context.Background(), "Kislyak", 10)
	if err != nil || res.Total == 0 {
		t.Errorf("the holder cannot search any more: %v, %d hits", err, res.Total)
	}
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}

	// Let go, the older index is rebuilt, and says so.
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if r := ix.Rebuilt(); r == nil || !r.Older {
		t.Errorf("Rebuilt() = %v, want an older index", r)
	}
}

// TestOpenSaysWhyItRebuilt: every index Open cannot use is rebuilt with
// a reason; a new directory, a whole index and an asked-for rebuild are
// not reported.
func TestOpenSaysWhyItRebuilt(t *testing.T) {
	tests := []struct {
		name    string
		damage  func(t *testing.T, dir string)
		rebuild bool
		want    string // in Rebuilt().Reason; "" for no report, "*" for any reason
		older   bool
		kept    bool // the articles are still there
	}{
		{name: "whole", damage: func(*testing.T, string) {}, kept: true},
		{name: "new directory", damage: func(t *testing.T, dir string) { os.RemoveAll(dir) }},
		{name: "asked for", damage: func(*testing.T, string) {}, rebuild: true},
		{name: "older version", damage: func(t *testing.T, dir string) { setVersion(t, dir, 1) }, want: "index format 1", older: true},
		{name: "newer version", damage: func(t *testing.T, dir string) { setVersion(t, dir, schemaVersion+1) }, want: "index format", older: true},
		{name: "manifest garbage", damage: func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, manifestName), []byte("{garb"), 0o644)
		}, want: "manifest: "},
		{name: "manifest missing", damage: func(t *testing.T, dir string) { os.Remove(filepath.Join(dir, manifestName)) }, want: "manifest is missing"},
		{name: "bleve directory missing", damage: func(t *testing.T, dir string) { os.RemoveAll(filepath.Join(dir, bleveDir)) }, want: "path does not exist"},
		{name: "index_meta garbage", damage: func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, bleveDir, "index_meta.json"), []byte("xx"), 0o644)
		}, want: "metadata corrupt"},
		{name: "segments gone", damage: func(t *testing.T, dir string) {
			segs, _ := filepath.Glob(filepath.Join(dir, bleveDir, "store", "*.zap"))
			if len(segs) == 0 {
				t.Fatal("no segment files")
			}
			for _, p := range segs {
				os.Remove(p)
			}
		}, want: "*"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, in := builtIndex(t)
			tt.damage(t, dir)
			ix, err := OpenWith(dir, Options{Rebuild: tt.rebuild})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			r := ix.Rebuilt()
			switch {
			case tt.want == "" && r != nil:
				t.Errorf("reported %q", r)
			case tt.want != "" && r == nil:
				t.Errorf("rebuilt silently, want a reason with %q", tt.want)
			case tt.want != "" && r.Reason == "",
				tt.want != "" && tt.want != "*" && !strings.Contains(r.Reason, tt.want),
				tt.want != "" && (r.Older != tt.older || r.Dir != dir):
				t.Errorf("Rebuilt() = %+v, want a reason with %q, Older %v, Dir %s", r, tt.want, tt.older, dir)
			}
			if r != nil && !strings.Contains(r.String(), dir) {
				t.Errorf("the message %q does not name the directory", r)
			}
			n, err := ix.Count()
			if err != nil {
				t.Fatal(err)
			}
			if tt.kept != (n == uint64(len(fixture))) || (!tt.kept && n != 0) {
				t.Errorf("%d articles after Open, kept %v", n, tt.kept)
			}
			// Whatever was found, one Update makes the index whole.
			update(t, ix, in)
			if n, _ := ix.Count(); n != uint64(len(fixture)) {
				t.Errorf("%d articles after the update, want %d", n, len(fixture))
			}
		})
	}
}

// TestWriteFaultIsAnError feeds the index a write error the way bleve
// reports one from its persister (a full disk), then checks the update
// fails with an error naming the directory instead of hanging or
// panicking, that later commits fail the same way, and that the index
// on disk still opens with what was committed before.
func TestWriteFaultIsAnError(t *testing.T) {
	dir, in := builtIndex(t)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The persister calls the callback on its own goroutine and is ended
	// there; a goroutine of the test stands in for it.
	done := make(chan struct{})
	go func() {
		defer close(done)
		onAsyncError(scorch.NewScorchError("persister", "write x.zap: no space left on device", scorch.ErrPersist), storePath(filepath.Join(dir, bleveDir)))
		t.Error("the goroutine that hit the write error was not ended")
	}()
	<-done

	writeJSONL(t, in, "g.jsonl", []rec{{ID: "g1", Title: "New", Text: "A new article about the budget."}})
	errc := make(chan error, 1)
	go func() { errc <- ix.Update(context.Background(), []string{in}, nil) }()
	select {
	case err = <-errc:
	case <-time.After(30 * time.Second):
		t.Fatal("Update hung after a write error")
	}
	if !errors.Is(err, ErrWrite) || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "no space left on device") {
		t.Errorf("Update: %v; want ErrWrite naming %s and the cause", err, dir)
	}
	if strings.Contains(err.Error(), "persister") {
		t.Errorf("the error names bleve's goroutine: %v", err)
	}
	b := ix.bi.NewBatch()
	b.Delete("a1")
	if err := ix.commit(b); !errors.Is(err, ErrWrite) {
		t.Errorf("a later commit: %v, want ErrWrite", err)
	}
	if err := ix.Close(); err != nil {
		t.Errorf("Close after a write error: %v", err)
	}

	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if r := ix.Rebuilt(); r != nil {
		t.Errorf("the index was rebuilt after a write error: %v", r)
	}
	if n, _ := ix.Count(); n != uint64(len(fixture)) {
		t.Errorf("%d articles after reopening, want the %d committed before", n, len(fixture))
	}
	if p := update(t, ix, in); p.Articles != 1 {
		t.Errorf("the next update indexed %d articles, want the 1 new one", p.Articles)
	}
}

// panicky is a bleve index whose searches and batches panic, as bleve's
// do on a damaged segment.
type panicky struct{ bleveIndex }

func (panicky) SearchInContext(context.Context, *bleve.SearchRequest) (*bleve.SearchResult, error) {
	panic("runtime error: index out of range [7] with length 3")
}

func (panicky) Batch(*bleve.Batch) error { panic("assignment to entry in nil map") }

// TestGuardTurnsPanicsIntoErrDamaged: a panic inside bleve is an error
// naming the index, and the index remembers it is damaged.
func TestGuardTurnsPanicsIntoErrDamaged(t *testing.T) {
	mem, err := bleve.NewMemOnly(bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	ix := &Index{bi: guard(panicky{mem}, "/some/dir")}
	if ix.Damaged() != nil {
		t.Fatal("damaged before any call")
	}
	_, err = ix.bi.SearchInContext(context.Background(), bleve.NewSearchRequest(bleve.NewMatchAllQuery()))
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "/some/dir") || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("search: %v; want ErrDamaged naming the directory and the panic", err)
	}
	if err := ix.bi.Batch(ix.bi.NewBatch()); !errors.Is(err, ErrDamaged) {
		t.Errorf("batch: %v; want ErrDamaged", err)
	}
	if d := ix.Damaged(); d == nil || !strings.Contains(d.Error(), "index out of range") {
		t.Errorf("Damaged() = %v, want the first damage", d)
	}
	if n, err := ix.bi.DocCount(); err != nil || n != 0 {
		t.Errorf("a call that does not panic: %d, %v", n, err)
	}
}

// TestCloseTwice: a deferred Close after an explicit one is harmless, and
// the directory's lock is free after the first.
func TestCloseTwice(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatalf("first Close: %v", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	again, err := Open(dir)
	if err != nil {
		t.Fatalf("open after Close: %v", err)
	}
	if err := again.Close(); err != nil {
		t.Fatal(err)
	}
}
