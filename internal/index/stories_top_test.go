package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
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
	}{
		{name: "saved top", limit: 2, wantTop: true},
		{name: "all stories", limit: 0},
		{name: "more than the top holds", limit: topStories + 1},
		{name: "top missing", limit: 2, spoil: func(t *testing.T, dir string, _ []byte) {
			if err := os.Remove(filepath.Join(dir, topName)); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "top of an older save", limit: 2, spoil: func(t *testing.T, dir string, old []byte) {
			if err := os.WriteFile(filepath.Join(dir, topName), old, 0o600); err != nil {
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
		})
	}
}

// The top holds the first stories and only their members' metadata.
func TestTopView(t *testing.T) {
	v := emptyView()
	for i := range topStories + 2 {
		id := fmt.Sprint("a", i)
		v.list = append(v.list, storyEntry{ID: fmt.Sprint("s", i), Members: []string{id}})
		v.meta[id] = &artMeta{Outlet: "AP"}
	}
	v.list[0].Members = append(v.list[0].Members, "lost") // no metadata
	top := topView(v)
	if len(top.list) != topStories || top.list[topStories-1].ID != v.list[topStories-1].ID {
		t.Fatalf("top lists %d stories, want the first %d", len(top.list), topStories)
	}
	if len(top.meta) != topStories+1 || top.meta["a0"] != v.meta["a0"] || top.meta["lost"] == nil {
		t.Errorf("top holds metadata of %d articles, want its %d members'", len(top.meta), topStories+1)
	}
	got, _, err := decodeView(encodeView(top, 7))
	if err != nil || len(got.list) != topStories || got.list[0].Members[1] != "lost" {
		t.Errorf("top round trip: %v, %v", got.list[:1], err)
	}
}
