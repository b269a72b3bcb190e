package main

import (
	"strings"
	"testing"
	"time"

	"storytui/internal/index"
)

// TestProgressLine: while reading, the line gives the share read and an
// ETA; once the articles are in and the stories are grouped, it names
// that work and its time instead of standing at 100%, ETA 0s.
func TestProgressLine(t *testing.T) {
	tests := []struct {
		name string
		p    index.Progress
		want []string
		not  []string
	}{
		{"reading",
			index.Progress{FilesTotal: 2, FilesDone: 1, BytesTotal: 400, BytesDone: 100, Articles: 50, Elapsed: 10 * time.Second},
			[]string{"indexing: 1/2 files, 50 articles", "5 articles/s", "25%, ETA 30s"}, []string{"grouping"}},
		{"grouping",
			index.Progress{FilesTotal: 2, FilesDone: 2, BytesTotal: 400, BytesDone: 400, Articles: 200, Elapsed: 65 * time.Second, Phase: index.PhaseStories},
			[]string{"indexing: 2/2 files, 200 articles", "; grouping stories, 1m5s"}, []string{"ETA", "100%"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := progressLine(tt.p)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q lacks %q", got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("%q has %q", got, n)
				}
			}
		})
	}
}
