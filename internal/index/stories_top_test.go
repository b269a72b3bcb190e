package index

import (
	"context"
	"fmt"
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
			top, stamp, err := decodeTop(b)
			if err != nil {
				t.Fatal(err)
			}
			defer func(b string) { topBuild = b }(topBuild)
			topBuild = "v9.9.9 0123abcd"
			if err := os.WriteFile(filepath.Join(dir, topName), encodeTop(top, stamp), 0o600); err != nil {
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
			top, stamp, err := decodeTop(b)
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
	b := encodeTop(top, 9)
	got, stamp, err := decodeTop(b)
	if err != nil || stamp != 9 || !reflect.DeepEqual(got, top) {
		t.Fatalf("round trip: %+v, stamp %d, %v\nwant %+v", got, stamp, err, top)
	}
	for cut := range len(b) {
		if _, _, err := decodeTop(b[:cut]); err == nil {
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
	top := ix.topSummaries(v)
	if len(top) != topStories || top[topStories-1].ID != v.list[topStories-1].ID || top[0].Outlets[0] != "AP" {
		t.Errorf("top lists %d stories (last %s), want the first %d", len(top), top[len(top)-1].ID, topStories)
	}
}

func FuzzDecodeTop(f *testing.F) {
	f.Add(encodeTop([]aggregate.Story{{ID: "s1", Title: "t", Articles: 2, Outlets: []string{"AP"}, People: []string{"X"}}}, 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeTop(b)
	})
}
