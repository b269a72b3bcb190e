package main

import (
	"bytes"
	"testing"

	"storytui/internal/index"
)

// TestNoteSample: a list made from part of its scope says so on stderr;
// a whole one says nothing.
func TestNoteSample(t *testing.T) {
	tests := []struct {
		s    index.Sample
		want string
	}{
		{index.Sample{Read: 1000, Matched: 3456, Newest: true}, "storytui quotes: from the 1000 newest of 3456 matching articles\n"},
		{index.Sample{Read: 300, Matched: 301}, "storytui quotes: from the 300 best-matching of 301 matching articles\n"},
		{index.Sample{}, ""},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		noteSample(&b, "quotes", tt.s)
		if b.String() != tt.want {
			t.Errorf("%+v: %q, want %q", tt.s, b.String(), tt.want)
		}
	}
}
