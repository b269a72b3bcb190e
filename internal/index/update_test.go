package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"storytui/data"
)

// update runs Update and returns its final progress report.
func update(t *testing.T, ix *Index, dir string) Progress {
	t.Helper()
	var last Progress
	calls := 0
	err := ix.Update(context.Background(), []string{dir}, func(p Progress) {
		calls++
		last = p
	})
	if err != nil {
		t.Fatal(err)
	}
	if !last.Done || calls == 0 {
		t.Fatalf("last progress report not Done (%d calls)", calls)
	}
	return last
}

// TestUpdateTouched: a file with a new time but the same bytes (a copied,
// restored or re-mounted folder) is not indexed again, and its new time
// is remembered; one with the same size but other bytes is.
func TestUpdateTouched(t *testing.T) {
	in, ixDir := t.TempDir(), t.TempDir()
	f1 := writeJSONL(t, in, "f1.jsonl", fixture[:2])
	writeJSONL(t, in, "f2.jsonl", fixture[2:])
	ix, err := Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	update(t, ix, in)
	touch := func(path string, d time.Duration) {
		t.Helper()
		when := time.Now().Add(d)
		if err := os.Chtimes(path, when, when); err != nil {
			t.Fatal(err)
		}
	}

	touch(f1, time.Minute)
	if p := update(t, ix, in); p.FilesTotal != 0 || p.Articles != 0 || p.Removed != 0 {
		t.Errorf("after touching a file: %+v", p)
	}
	info, _ := os.Stat(f1)
	if e := ix.man.Files[f1]; !e.ModTime.Equal(info.ModTime()) || e.Sum == "" {
		t.Errorf("record after touching: %+v, file time %v", e, info.ModTime())
	}
	// Saved: a new process does not read the file to know.
	ix2dir, _ := loadManifest(ixDir)
	if e := ix2dir.Files[f1]; !e.ModTime.Equal(info.ModTime()) {
		t.Errorf("saved record after touching: %+v", e)
	}

	// Same size, other bytes (a1's title in capitals), a new time.
	b, err := os.ReadFile(f1)
	if err != nil {
		t.Fatal(err)
	}
	up := strings.Replace(string(b), fixture[0].Title, strings.ToUpper(fixture[0].Title), 1)
	if up == string(b) || len(up) != len(b) {
		t.Fatal("fixture title not found or changes length")
	}
	if err := os.WriteFile(f1, []byte(up), 0o644); err != nil {
		t.Fatal(err)
	}
	touch(f1, 2*time.Minute)
	if p := update(t, ix, in); p.FilesTotal != 1 || p.Articles != 2 || p.Removed != 2 {
		t.Errorf("after rewriting a file in place: %+v", p)
	}
	res, err := ix.Search(context.Background(), "id:a1", 1)
	if err != nil || len(res.Hits) != 1 || res.Hits[0].Title != strings.ToUpper(fixture[0].Title) {
		t.Errorf("a1 after rewrite: %+v %v", res.Hits, err)
	}
}

func TestUpdateIncremental(t *testing.T) {
	in := t.TempDir()
	ixDir := t.TempDir()
	writeJSONL(t, in, "f1.jsonl", fixture[:2])
	writeJSONL(t, in, "f2.jsonl", fixture[2:3])
	ix, err := Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}

	p := update(t, ix, in)
	if p.FilesTotal != 2 || p.FilesDone != 2 || p.Articles != 3 || p.Removed != 0 || p.BytesDone != p.BytesTotal || p.BytesTotal == 0 {
		t.Errorf("first build: %+v", p)
	}
	if got := allIDs(t, ix); !slices.Equal(got, []string{"a1", "a2", "a3"}) {
		t.Errorf("after first build: %v", got)
	}

	// A new file: only it is read.
	writeJSONL(t, in, "f3.jsonl", fixture[3:])
	p = update(t, ix, in)
	if p.FilesTotal != 1 || p.Articles != 1 || p.Removed != 0 {
		t.Errorf("after adding a file: %+v", p)
	}
	if got := allIDs(t, ix); !slices.Equal(got, []string{"a1", "a2", "a3", "a4"}) {
		t.Errorf("after adding a file: %v", got)
	}

	// A changed file: its old articles go, its new ones come.
	a5 := rec{ID: "a5", Title: "Late news", Source: "AP", Date: "2018-01-01", Text: "Something else entirely."}
	f1 := writeJSONL(t, in, "f1.jsonl", []rec{fixture[0], a5})
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(f1, later, later); err != nil {
		t.Fatal(err)
	}
	p = update(t, ix, in)
	if p.FilesTotal != 1 || p.Articles != 2 || p.Removed != 2 {
		t.Errorf("after changing a file: %+v", p)
	}
	if got := allIDs(t, ix); !slices.Equal(got, []string{"a1", "a3", "a4", "a5"}) {
		t.Errorf("after changing a file: %v", got)
	}
	res, err := ix.Search(context.Background(), "kislyak", 10)
	if err != nil || !slices.Equal(sortedIDs(res), []string{"a1"}) {
		t.Errorf("kislyak after change: %v %v", sortedIDs(res), err)
	}

	// A deleted file: its articles go, nothing is read.
	if err := os.Remove(filepath.Join(in, "f2.jsonl")); err != nil {
		t.Fatal(err)
	}
	p = update(t, ix, in)
	if p.FilesTotal != 0 || p.Articles != 0 || p.Removed != 1 {
		t.Errorf("after deleting a file: %+v", p)
	}
	if got := allIDs(t, ix); !slices.Equal(got, []string{"a1", "a4", "a5"}) {
		t.Errorf("after deleting a file: %v", got)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopened: nothing changed, so nothing is read, and search works.
	ix, err = Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p = update(t, ix, in)
	if p.FilesTotal != 0 || p.BytesDone != 0 || p.Articles != 0 || p.Removed != 0 {
		t.Errorf("reopened, unchanged: %+v", p)
	}
	if n, err := ix.Count(); err != nil || n != 3 {
		t.Errorf("Count = %d, %v; want 3", n, err)
	}
	res, err = ix.Search(context.Background(), "budget", 10)
	if err != nil || !slices.Equal(sortedIDs(res), []string{"a1", "a4"}) {
		t.Errorf("budget after reopen: %v %v", sortedIDs(res), err)
	}
}

func TestUpdateReportsProblems(t *testing.T) {
	in := t.TempDir()
	writeJSONL(t, in, "good.jsonl", fixture[:1])
	if err := os.WriteFile(filepath.Join(in, "bad.jsonl"), []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p := update(t, ix, in)
	if len(p.Problems) == 0 {
		t.Error("no problem reported for a bad record")
	}
	if p.Articles != 1 {
		t.Errorf("Articles = %d, want 1", p.Articles)
	}
	// A missing path is a problem, not an error.
	err = ix.Update(context.Background(), []string{filepath.Join(in, "missing")}, nil)
	if err != nil {
		t.Errorf("missing path: %v", err)
	}
}

// speakers are the people the articles of manyFiles quote, in full and
// by surname.
var speakers = []string{"Sen. Al Franken", "Nancy Pelosi", "Franken", "Jeff Sessions", "Sessions", "Rep. Elijah Cummings", "Mark Kelly"}

// manyFiles writes files×per articles with distinct ids, each mentioning
// "common" once and quoting one of speakers.
func manyFiles(t *testing.T, dir string, files, per int) {
	t.Helper()
	for f := range files {
		var recs []rec
		for a := range per {
			recs = append(recs, rec{
				ID:    fmt.Sprintf("f%02d-%03d", f, a),
				Title: fmt.Sprintf("Article %d of file %d", a, f),
				Date:  "2017-01-01",
				Text: fmt.Sprintf("A common story, number %d, about budget number %d. \"This budget is final,\" said %s.",
					a, f, speakers[(f*per+a)%len(speakers)]),
			})
		}
		writeJSONL(t, dir, fmt.Sprintf("part%02d.jsonl", f), recs)
	}
}

// interruptedUpdate opens the index in ixDir, updates it from in in
// batches of 25 articles, cancels the update after the given number of
// commits, closes the index and returns how many articles it counted.
func interruptedUpdate(t *testing.T, ixDir, in string, after int) uint64 {
	t.Helper()
	ix, err := Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	ix.batchDocs = 25
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	commits := 0
	ix.onCommit = func(int, time.Duration) {
		if commits++; commits == after {
			cancel()
		}
	}
	if err := ix.Update(ctx, []string{in}, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled Update returned %v", err)
	}
	n, _ := ix.Count()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestUpdateCancelThenResume(t *testing.T) {
	const files, per = 12, 40
	in := t.TempDir()
	manyFiles(t, in, files, per)
	ixDir := t.TempDir()
	n := interruptedUpdate(t, ixDir, in, 5)
	if n == 0 || n >= files*per {
		t.Fatalf("after cancel Count = %d, want some but not all of %d", n, files*per)
	}

	ix, err := Open(ixDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p := update(t, ix, in)
	if p.FilesTotal == 0 || p.FilesTotal == files {
		t.Errorf("resume read %d files; want only those not finished before", p.FilesTotal)
	}
	n, _ = ix.Count()
	if n != files*per {
		t.Errorf("after resume Count = %d, want %d", n, files*per)
	}
	res, err := ix.Search(context.Background(), "common", 1)
	if err != nil || res.Total != files*per {
		t.Errorf("common: total %d, %v; want %d", res.Total, err, files*per)
	}
	checkPeople(t, ix)
	franken := 0
	for i := range files * per {
		if strings.Contains(speakers[i%len(speakers)], "Franken") {
			franken++
		}
	}
	if p, ok, _ := ix.Person(context.Background(), "Franken"); !ok || p.Articles != franken {
		t.Errorf("Franken after resume: %+v, want him in %d articles", p, franken)
	}
	p = update(t, ix, in)
	if p.FilesTotal != 0 {
		t.Errorf("third run read %d files, want 0", p.FilesTotal)
	}
}

func TestAddFSDefaultCorpus(t *testing.T) {
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var last Progress
	if err := ix.AddFS(context.Background(), data.FS, func(p Progress) { last = p }); err != nil {
		t.Fatal(err)
	}
	if !last.Done || last.Articles != 2 {
		t.Errorf("final progress %+v", last)
	}
	res, err := ix.Search(context.Background(), "Kislyak", 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"000_1d55d7acc583357e", "004_3f6968eeb8e8c011"}
	if got := sortedIDs(res); !slices.Equal(got, want) {
		t.Errorf("Kislyak: %v, want %v", got, want)
	}
	for _, h := range res.Hits {
		if len(h.SnippetMarks) == 0 {
			t.Errorf("%s: snippet %q has no marks", h.ID, h.Snippet)
		}
	}
	doc, err := ix.Document(context.Background(), want[0], "kislyak")
	if err != nil || len(doc.TextMarks) == 0 {
		t.Errorf("Document: %v, %d marks", err, len(doc.TextMarks))
	}
}

func TestDefaultDir(t *testing.T) {
	a, err := DefaultDir([]string{"/x/b", "/x/a"})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := DefaultDir([]string{"/x/a", "/x/b", "/x/a/"})
	c, _ := DefaultDir([]string{"/x/a"})
	if a != b {
		t.Errorf("order or duplicates changed the dir: %s vs %s", a, b)
	}
	if a == c {
		t.Errorf("different inputs share a dir: %s", a)
	}
}

func TestOpenRebuildsOtherSchema(t *testing.T) {
	in := t.TempDir()
	writeJSONL(t, in, "f.jsonl", fixture)
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	update(t, ix, in)
	ix.Close()
	m, err := loadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	m.Version = schemaVersion + 1
	if err := m.save(dir); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 0 {
		t.Errorf("index of another schema kept %d articles", n)
	}
	if p := update(t, ix, in); p.FilesTotal != 1 || p.Articles != 4 {
		t.Errorf("rebuild: %+v", p)
	}
}
