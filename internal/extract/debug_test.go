package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// debugArticle reads the article named by the environment variable env
// (file.txt, or file.jsonl#id for one line of a JSON Lines file) and
// returns its text and title; it skips the test when env is unset, so the
// debug tests below are dev aids that stay out of ordinary runs.
func debugArticle(t *testing.T, env string) (text, title string) {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		t.Skip("set " + env + "=file.txt or file.jsonl#id")
	}
	file, id, _ := strings.Cut(path, "#")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text = string(data)
	if id != "" {
		for line := range strings.SplitSeq(text, "\n") {
			var r struct{ ID, Text, Title string }
			if json.Unmarshal([]byte(line), &r) == nil && r.ID == id {
				text, title = r.Text, r.Title
			}
		}
	}
	return text, title
}

// TestDebugDump prints the analysis of the article in EXTRACT_DEBUG (a
// dev aid, skipped otherwise).
func TestDebugDump(t *testing.T) {
	text, _ := debugArticle(t, "EXTRACT_DEBUG")
	an := analyse(text)
	for _, p := range an.people {
		fmt.Printf("PERSON %q aliases=%q g=%c role=%q affil=%q party=%q state=%q n=%d\n", p.name(), p.aliases, p.gender, p.role, p.affil, p.party, p.state, p.mentions)
	}
	for i, q := range an.quotes {
		a := an.attrib[i]
		cue := ""
		if a.cue >= 0 {
			c := an.cues[a.cue]
			cue = fmt.Sprintf("%s@%d inv=%v src=%+v", an.toks[c.tok].low, c.tok, c.inverted, c.src)
		}
		fmt.Printf("QUOTE p%d %q\n   -> %q how=%s kind=%s drop=%v cue=%s\n", q.para, trunc(an.text[q.start:q.end]), a.speaker, a.how, a.kind, a.drop, cue)
	}
}

func trunc(s string) string {
	if len(s) > 70 {
		return s[:70]
	}
	return s
}

// TestDebugHows prints, for every record of the JSON Lines file in
// EXTRACT_HOWS, one line per quote: id, how it was attributed, speaker and
// text (a dev aid for error analysis, skipped otherwise).
func TestDebugHows(t *testing.T) {
	path := os.Getenv("EXTRACT_HOWS")
	if path == "" {
		t.Skip("set EXTRACT_HOWS=file.jsonl")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(os.Stdout)
	for line := range strings.SplitSeq(string(data), "\n") {
		var r struct{ ID, Text string }
		if json.Unmarshal([]byte(line), &r) != nil || r.ID == "" {
			continue
		}
		an := analyse(r.Text)
		open, _ := an.quoteToks()
		for i, q := range an.quotes {
			a := an.attrib[i]
			cue, pron := "", ""
			if a.cue >= 0 {
				cue = an.toks[an.cues[a.cue].tok].low
				pron = an.cues[a.cue].src.pronoun
			}
			_ = enc.Encode(map[string]any{"id": r.ID, "how": a.how, "cue": cue, "pron": pron, "speaker": a.speaker, "text": an.text[q.start:q.end], "drop": a.drop, "kind": a.kind, "para": q.para, "start": q.start, "end": q.end, "open": q.open, "close": q.close, "unclosed": q.unclosed, "before": an.text[max(0, q.open-60):q.open], "after": an.text[q.close:min(len(an.text), q.close+40)], "cont": q.cont, "first": open[i] >= 0 && open[i] == an.sents[an.toks[open[i]].sent].first})
		}
	}
}

// TestDebugToks prints the tokens and cues of the article in EXTRACT_TOKS
// (a dev aid, skipped otherwise).
func TestDebugToks(t *testing.T) {
	text, _ := debugArticle(t, "EXTRACT_TOKS")
	an := analyse(text)
	for i, tk := range an.toks {
		fmt.Printf("%d %q kind=%d sent=%d quote=%d mention=%d\n", i, tk.low, tk.kind, tk.sent, tk.quote, an.midx[i])
	}
	for _, c := range an.cues {
		fmt.Printf("cue %d %+v\n", c.tok, c.src)
	}
}
