// Command evalcmd runs the extractor over evaluation articles (.txt files
// and JSON Lines records) and prints one JSON object per article, the
// shape /work/shared/eval/score.py reads. It stands in for
// `storytui extract --json` until the CLI lands.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"storytui/internal/extract"
)

type record struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

type output struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	extract.Result
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, path := range os.Args[1:] {
		recs, err := read(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, r := range recs {
			res := extract.Extract(extract.Doc{Title: r.Title, Text: r.Text, Source: r.Source})
			if err := enc.Encode(output{ID: r.ID, Title: r.Title, Source: r.Source, Result: res}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	}
}

func read(path string) ([]record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".jsonl") {
		var recs []record
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var r record
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				return nil, fmt.Errorf("%s: %v", path, err)
			}
			recs = append(recs, r)
		}
		return recs, sc.Err()
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return []record{{ID: id, Text: string(data)}}, nil
}
