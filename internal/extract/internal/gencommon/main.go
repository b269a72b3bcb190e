// Command gencommon derives commonwords.txt: English words that news text
// writes in lower case (or capitalised only to open a sentence), so a
// capitalised one alone is no surname ("Critics", "Moreover", "Coverage").
//
//	go run ./internal/extract/internal/gencommon CORPUS.jsonl.gz [SKIP.jsonl ...] > internal/extract/commonwords.txt
//
// A word counts when it is at least three letters long, appears in lower
// case or at a sentence start at least 15 times, and in lower case at
// least three times as often as capitalised inside a sentence. Articles
// whose ids appear in the SKIP files (the evaluation sets) are left out.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

type article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gencommon CORPUS.jsonl.gz [SKIP.jsonl ...]")
		os.Exit(2)
	}
	skip := map[string]bool{}
	for _, p := range os.Args[2:] {
		f, err := os.Open(p)
		check(err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var a article
			if json.Unmarshal(sc.Bytes(), &a) == nil {
				skip[a.ID] = true
			}
		}
		f.Close()
	}
	f, err := os.Open(os.Args[1])
	check(err)
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(os.Args[1], ".gz") {
		r, err = gzip.NewReader(f)
		check(err)
	}
	lower, capMid, initial := map[string]int{}, map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var a article
		if json.Unmarshal(sc.Bytes(), &a) != nil || skip[a.ID] {
			continue
		}
		count(a.Text, lower, capMid, initial)
	}
	check(sc.Err())
	var out []string
	for w, n := range lower {
		if len(w) >= 3 && n+initial[w] >= 15 && capMid[w]*3 <= n {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	bw := bufio.NewWriter(os.Stdout)
	for _, w := range out {
		fmt.Fprintln(bw, w)
	}
	check(bw.Flush())
}

// count tallies the words of text: lower case, capitalised after another
// word of its sentence, or capitalised where a sentence opens.
func count(text string, lower, capMid, initial map[string]int) {
	start := true
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		if !unicode.IsLetter(r) {
			if strings.ContainsRune(".!?:\"“”\n", r) {
				start = true
			}
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || (rs[j] == '\'' || rs[j] == '’') && j+1 < len(rs) && unicode.IsLetter(rs[j+1])) {
			j++
		}
		w := string(rs[i:j])
		i = j
		low := strings.ToLower(w)
		switch {
		case w == low:
			lower[low]++
		case start:
			initial[low]++
		case w[1:] == strings.ToLower(w[1:]) || len([]rune(w)) == 1:
			capMid[low]++
		}
		start = false
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
