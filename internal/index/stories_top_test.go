package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"storytui/internal/aggregate"
)

// A listing that fits in the saved top is answered from it, the same as
// from the whole view; a top of an older save, or none, is not used.
func TestStoriesTop(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		spoil   func(t *testing.T, dir string, old []byte)
		limit   int
		wantTop bool
		// rewritten: the listing wrote the top again, for this build
		rewritten bool
	}{
		{name: "saved top", limit: 2, wantTop: true},
		{name: "all stories", limit: 0},
		{name: "more than the top holds", limit: topStories + 1},
		{name: "top missing", limit: 2, rewritten: true, spoil: func(t *testing.T, dir string, _ []byte) {
			if err := os.Remove(filepath.Join(dir, topName)); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "top of an older save", limit: 2, rewritten: true, spoil: func(t *testing.T, dir string, old []byte) {
			if err := os.WriteFile(filepath.Join(dir, topName), old, 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "top of another build", limit: 2, rewritten: true, spoil: func(t *testing.T, dir string, _ []byte) {
			b, err := os.ReadFile(filepath.Join(dir, topName))
			if err != nil {
				t.Fatal(err)
			}
			top, names, stamp, err := decodeTop(b)
			if err != nil {
				t.Fatal(err)
			}
			defer func(b string) { topBuild = b }(topBuild)
			topBuild = "v9.9.9 0123abcd"
			if err := os.WriteFile(filepath.Join(dir, topName), encodeTop(top, names, stamp), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, dir := t.TempDir(), t.TempDir()
			writeJSONL(t, in, "a.jsonl", []rec{sestakNYT, stadium})
			ix, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := ix.Update(ctx, []string{in}, nil); err != nil {
				t.Fatal(err)
			}
			old, err := os.ReadFile(filepath.Join(dir, topName))
			if err != nil {
				t.Fatal(err)
			}
			writeJSONL(t, in, "b.jsonl", []rec{sestakFox, chile, haiti})
			if err := ix.Update(ctx, []string{in}, nil); err != nil {
				t.Fatal(err)
			}
			want, err := ix.Stories(ctx, "", tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			if tc.spoil != nil {
				tc.spoil(t, dir, old)
			}

			ix2, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer ix2.Close()
			got, err := ix2.Stories(ctx, "", tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("reopened: %+v\nwant %+v", got, want)
			}
			if used := ix2.stories.top != nil; used != tc.wantTop {
				t.Errorf("top used %v, want %v", used, tc.wantTop)
			}
			if tc.spoil == nil {
				return
			}
			b, err := os.ReadFile(filepath.Join(dir, topName))
			if err != nil && tc.rewritten {
				t.Fatalf("top not written again: %v", err)
			}
			top, _, stamp, err := decodeTop(b)
			saved, _ := readViewHead(dir)
			if rewritten := err == nil && stamp == saved; rewritten != tc.rewritten {
				t.Errorf("top written again %v, want %v (%v)", rewritten, tc.rewritten, err)
			}
			if tc.rewritten && (len(top) < len(want) || !reflect.DeepEqual(top[:len(want)], want)) {
				t.Errorf("top written again: %+v\nwant %+v", top, want)
			}
		})
	}
}

// The top round-trips, dated or not, and a cut one is refused.
func TestTopEncoding(t *testing.T) {
	top := []aggregate.Story{
		{ID: "s1", Title: "Quake", Articles: 3, Outlets: []string{"AP", "BBC"}, First: time.Date(2010, 2, 27, 0, 0, 0, 0, time.UTC), Last: time.Date(2010, 3, 1, 12, 0, 0, 0, time.UTC), People: []string{"Michelle Bachelet"}},
		{ID: "s2", Title: "Undated", Articles: 1},
	}
	names := newNameCache(nil)
	names.keys["Bachelet"] = "michelle bachelet"
	names.keys["a Chilean official"] = "chilean official"
	names.people["michelle bachelet"] = cachedPerson{name: "Michelle Bachelet", mentions: 12, ok: true}
	names.people["chilean official"] = cachedPerson{}
	b := encodeTop(top, names, 9)
	got, gotNames, stamp, err := decodeTop(b)
	if err != nil || stamp != 9 || !reflect.DeepEqual(got, top) {
		t.Fatalf("round trip: %+v, stamp %d, %v\nwant %+v", got, stamp, err, top)
	}
	if !reflect.DeepEqual(gotNames, names) {
		t.Fatalf("round trip of the names: %+v\nwant %+v", gotNames, names)
	}
	for cut := range len(b) {
		if _, _, _, err := decodeTop(b[:cut]); err == nil {
			t.Errorf("cut at %d of %d bytes: no error", cut, len(b))
		}
	}
}

// The top is no longer than topStories.
func TestTopSummaries(t *testing.T) {
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	v := emptyView()
	for i := range topStories + 2 {
		id := fmt.Sprint("a", i)
		v.list = append(v.list, storyEntry{ID: fmt.Sprint("s", i), Members: []string{id}})
		v.meta[id] = &artMeta{Outlet: "AP"}
	}
	if err := ix.waitPeople(); err != nil {
		t.Fatal(err)
	}
	top := ix.topSummaries(v, nil)
	if len(top) != topStories || top[topStories-1].ID != v.list[topStories-1].ID || top[0].Outlets[0] != "AP" {
		t.Errorf("top lists %d stories (last %s), want the first %d", len(top), top[len(top)-1].ID, topStories)
	}
}

func FuzzDecodeTop(f *testing.F) {
	names := newNameCache(nil)
	names.keys["X"] = "x"
	names.people["x"] = cachedPerson{name: "X", mentions: 1, ok: true}
	f.Add(encodeTop([]aggregate.Story{{ID: "s1", Title: "t", Articles: 2, Outlets: []string{"AP"}, People: []string{"X"}}}, names, 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeTop(b)
	})
}

// The top an update saves, which takes the people table's answers for the
// names no added or removed article names from the top before, is the
// top worked out afresh, update after update.
func TestTopNamesKeptAcrossUpdates(t *testing.T) {
	ctx := context.Background()
	in, dir := t.TempDir(), t.TempDir()
	// Who a bare "Clinton" or "Sestak" is, and which spelling names a
	// person, turn with the articles: Bill Clinton and Joe Sestak lead
	// first, Hillary Clinton and Joseph Sestak later.
	early := []string{"Bill Clinton", "Bill Clinton", "Joe Sestak", "Joe Sestak", "Arlen Specter", "Michelle Bachelet"}
	late := []string{"Hillary Clinton", "Hillary Clinton", "Joseph Sestak", "Joseph Sestak", "Robert Gibbs", "Rene Preval"}
	bare := []string{"Clinton", "Sestak", "Specter", "Bachelet"}
	topics := []string{"Senate primary offer", "earthquake in Chile", "budget talks"}
	rng := rand.New(rand.NewPCG(3, 4))
	file := func(n int, names []string) []rec {
		var rs []rec
		for j := range 3 {
			topic := topics[rng.IntN(len(topics))]
			a, b := names[rng.IntN(len(names))], bare[rng.IntN(len(bare))]
			text := fmt.Sprintf(`%s spoke about the %s on Monday. "We will see," %s said.`, a, topic, a)
			if rng.IntN(3) == 0 {
				text = fmt.Sprintf(`%s spoke about the %s on Monday. "We will see," %s said.`, b, topic, b)
			}
			rs = append(rs, rec{ID: fmt.Sprintf("f%d-%d", n, j), Source: []string{"AP", "CNN", "Fox News"}[j],
				Date: fmt.Sprintf("2010-0%d-1%d", 1+rng.IntN(5), j), Title: "News on the " + topic, Text: text})
		}
		return rs
	}
	for n := range 6 {
		writeJSONL(t, in, fmt.Sprintf("f%d.jsonl", n), file(n, early))
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	reused := 0
	for step := range 16 {
		switch {
		case step == 0:
		case rng.IntN(3) == 0:
			files, _ := filepath.Glob(filepath.Join(in, "*.jsonl"))
			if err := os.Remove(files[rng.IntN(len(files))]); err != nil {
				t.Fatal(err)
			}
		default:
			writeJSONL(t, in, fmt.Sprintf("g%d.jsonl", step), file(100+step, late))
		}
		if step == 6 {
			// from the file, as a new process finds it
			ix.Close()
			if ix, err = Open(dir); err != nil {
				t.Fatal(err)
			}
		}
		if err := ix.Update(ctx, []string{in}, nil); err != nil {
			t.Fatal(err)
		}
		last := ix.stories.last.Load()
		if last == nil {
			t.Fatalf("step %d: no top saved", step)
		}
		reused += last.names.reused
		fresh := ix.topSummaries(ix.stories.current(), nil)
		if !reflect.DeepEqual(last.stories, fresh) {
			t.Fatalf("step %d: saved top\n%+v\nworked out afresh\n%+v", step, last.stories, fresh)
		}
	}
	if reused == 0 {
		t.Error("no answer was ever taken from the top before: the test checks nothing")
	}
}
