// Command evalcmd runs the extractor over evaluation articles (.txt files
// and JSON Lines records) and prints one JSON object per article, the
// shape /work/shared/eval/score.py reads. It stands in for
// `storytui extract --json` until the CLI lands.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"storytui/internal/corpus"
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
	raw := flag.Bool("raw", false, "read files directly instead of through corpus.ReadFile (no cleaning)")
	flag.Parse()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	emit := func(r record) {
		res := extract.Extract(extract.Doc{Title: r.Title, Text: r.Text, Source: r.Source})
		if err := enc.Encode(output{ID: r.ID, Title: r.Title, Source: r.Source, Result: res}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	for _, path := range flag.Args() {
		if !*raw {
			// the real program's loader, so text is cleaned the same way
			for _, p := range corpus.ReadFile(path, func(a corpus.Article) {
				emit(record{ID: a.ID, Title: a.Title, Source: a.Source, Text: a.Text})
			}) {
				fmt.Fprintln(os.Stderr, p)
			}
			continue
		}
		recs, err := read(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, r := range recs {
			emit(r)
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
