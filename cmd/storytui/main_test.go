package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

var seedIDs = []string{"000_1d55d7acc583357e", "004_3f6968eeb8e8c011"}

// jsonLines decodes JSON Lines output, failing on any line that is not
// one JSON object.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q is not a JSON object: %v", sc.Text(), err)
		}
		objs = append(objs, m)
	}
	return objs
}

func ids(objs []map[string]any) []string {
	var out []string
	for _, o := range objs {
		out = append(out, o["id"].(string))
	}
	sort.Strings(out)
	return out
}

func TestSearchJSONOnDefaultCorpus(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"search", "--json", "Kislyak"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	got := ids(jsonLines(t, stdout.String()))
	if strings.Join(got, ",") != strings.Join(seedIDs, ",") {
		t.Errorf("ids = %v, want %v", got, seedIDs)
	}
}

func TestSearchFlagsAfterQuery(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"search", "Peskov", "--json", "--limit", "1"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	objs := jsonLines(t, stdout.String())
	if len(objs) != 1 || objs[0]["id"] != "004_3f6968eeb8e8c011" {
		t.Errorf("got %v, want only the CNN seed", ids(objs))
	}
}

func TestSearchPlainIsTabSeparated(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"search", "Kislyak"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), stdout.String())
	}
	for _, l := range lines {
		if f := strings.Split(l, "\t"); len(f) != 6 {
			t.Errorf("line has %d fields, want 6 (id, title, source, date, score, snippet): %q", len(f), l)
		}
	}
}

func TestExtractJSONOnSeeds(t *testing.T) {
	paths, _ := filepath.Glob("../../data/*.txt")
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"extract", "--json"}, paths...), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	objs := jsonLines(t, stdout.String())
	if got := ids(objs); strings.Join(got, ",") != strings.Join(seedIDs, ",") {
		t.Fatalf("ids = %v, want %v", got, seedIDs)
	}
	wantSource := map[string]string{seedIDs[0]: "ABC News", seedIDs[1]: "CNN"}
	for _, o := range objs {
		if o["source"] != wantSource[o["id"].(string)] {
			t.Errorf("%s: source %q, want %q", o["id"], o["source"], wantSource[o["id"].(string)])
		}
		for _, k := range []string{"title", "author", "date", "url", "people", "quotes", "reactions"} {
			if _, ok := o[k]; !ok {
				t.Errorf("%s: key %q missing", o["id"], k)
			}
		}
		for _, k := range []string{"people", "quotes", "reactions"} {
			if _, ok := o[k].([]any); !ok {
				t.Errorf("%s: %q is %T, want a list", o["id"], k, o[k])
			}
		}
	}
}

func TestExplorerWithoutTerminalExits2(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), "storytui search") {
		t.Errorf("message does not point to 'storytui search': %q", stderr.String())
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"search", "--help"}, {"extract", "-h"}, {"help"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Errorf("%v: exit %d", args, code)
		}
		if help := stdout.String() + stderr.String(); !strings.Contains(help, "Usage") || !strings.Contains(help, "storytui") {
			t.Errorf("%v: no usage in %q", args, help)
		}
	}
}

func TestSearchBadQueryAndMissingQuery(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"search"}, &stdout, &stderr); code != 2 {
		t.Errorf("no query: exit %d, want 2", code)
	}
}

func TestSearchUserCorpusIsPersisted(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	os.WriteFile(filepath.Join(docs, "a.jsonl"), []byte(`{"id":"a1","title":"Zebras escape zoo","text":"Three zebras escaped from the city zoo on Monday."}`+"\n"), 0o644)
	idx := filepath.Join(dir, "idx")
	for round := 0; round < 2; round++ {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"search", "--json", "--index", idx, "zebra", docs}, &stdout, &stderr); code != 0 {
			t.Fatalf("round %d: exit %d, stderr: %s", round, code, stderr.String())
		}
		if got := ids(jsonLines(t, stdout.String())); len(got) != 1 || got[0] != "a1" {
			t.Fatalf("round %d: ids %v", round, got)
		}
		// The second run reuses the index and reads nothing, so it says nothing.
		if round == 1 && strings.Contains(stderr.String(), "indexed") {
			t.Errorf("second run re-indexed: %s", stderr.String())
		}
	}
}

func TestPeopleJSONOnDefaultCorpus(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"people", "--json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	found := false
	for _, p := range jsonLines(t, stdout.String()) {
		if p["name"] == "Jeff Sessions" {
			found = true
			if p["articles"].(float64) != 2 {
				t.Errorf("Jeff Sessions in %v articles, want 2 (one entry across both seeds)", p["articles"])
			}
		}
		if p["name"] == "Sessions" || p["name"] == "Attorney General Jeff Sessions" {
			t.Errorf("a second entry for Sessions: %v", p["name"])
		}
	}
	if !found {
		t.Errorf("no Jeff Sessions in:\n%s", stdout.String())
	}
}

func TestQuotesByMergesOutlets(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"quotes", "--json", "--by", "Sessions"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	const words = "I never met with any Russian officials to discuss issues of the campaign"
	n := 0
	for _, q := range jsonLines(t, stdout.String()) {
		if !strings.Contains(q["text"].(string), words) {
			continue
		}
		n++
		outlets := map[string]bool{}
		for _, s := range q["sources"].([]any) {
			outlets[s.(map[string]any)["outlet"].(string)] = true
		}
		if !outlets["ABC News"] || !outlets["CNN"] {
			t.Errorf("outlets %v, want ABC News and CNN", outlets)
		}
	}
	if n != 1 {
		t.Errorf("the quote appears %d times, want once:\n%s", n, stdout.String())
	}
}

func TestQuotesNeedsBy(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"quotes"}, &stdout, &stderr); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if code := run([]string{"quotes", "--by", "Nobody Atall"}, &stdout, &stderr); code != 1 {
		t.Errorf("unknown person: exit %d, want 1", code)
	}
}

func TestReactionsJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"reactions", "--json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	rs := jsonLines(t, stdout.String())
	if len(rs) == 0 {
		t.Fatal("no reactions on the default corpus")
	}
	stances := map[string]bool{"supports": true, "criticizes": true, "demands": true, "denies": true, "neutral": true}
	for _, r := range rs {
		if !stances[r["stance"].(string)] || r["who"] == "" {
			t.Errorf("bad reaction %v", r)
		}
	}
}

func TestStoriesJSONGroupsTheSeeds(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"stories", "--json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	lines := jsonLines(t, stdout.String())
	if got := ids(lines); strings.Join(got, ",") != strings.Join(seedIDs, ",") {
		t.Fatalf("ids = %v, want one line per seed", got)
	}
	if lines[0]["story"] == "" || lines[0]["story"] != lines[1]["story"] {
		t.Errorf("the two seeds tell one story but got stories %q and %q", lines[0]["story"], lines[1]["story"])
	}
	if lines[0]["story_title"] == "" {
		t.Error("no story title")
	}
}

func TestStoriesKeepsLookAlikesApart(t *testing.T) {
	dir := t.TempDir()
	recs := `{"id":"q1","title":"Earthquake of magnitude 7 strikes Chile","source":"Reuters","date":"2010-02-27","text":"A magnitude 7 earthquake struck central Chile on Saturday near Concepcion, killing hundreds."}
{"id":"q2","title":"Chile earthquake kills hundreds near Concepcion","source":"BBC News","date":"2010-02-28","text":"Hundreds died when a powerful earthquake hit central Chile near the city of Concepcion."}
{"id":"h1","title":"Earthquake devastates Haiti capital","source":"Reuters","date":"2010-01-12","text":"A massive earthquake flattened much of Port-au-Prince, the Haitian capital, on Tuesday."}
`
	if err := os.WriteFile(filepath.Join(dir, "quakes.jsonl"), []byte(recs), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"stories", "--json", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	story := map[string]string{}
	for _, l := range jsonLines(t, stdout.String()) {
		story[l["id"].(string)] = l["story"].(string)
	}
	if story["q1"] != story["q2"] {
		t.Errorf("two reports of the Chile earthquake are in different stories: %v", story)
	}
	if story["h1"] == story["q1"] {
		t.Errorf("the Haiti earthquake joined the Chile story: %v", story)
	}
}

// TestStoriesPerStoryJSON: --json --stories prints one line per story with
// its size, outlets and date span.
func TestStoriesPerStoryJSON(t *testing.T) {
	dir := t.TempDir()
	recs := `{"id":"q1","title":"Earthquake of magnitude 7 strikes Chile","source":"Reuters","date":"2010-02-27","text":"A magnitude 7 earthquake struck central Chile on Saturday near Concepcion, killing hundreds."}
{"id":"q2","title":"Chile earthquake kills hundreds near Concepcion","source":"BBC News","date":"2010-02-28","text":"Hundreds died when a powerful earthquake hit central Chile near the city of Concepcion."}
`
	if err := os.WriteFile(filepath.Join(dir, "quakes.jsonl"), []byte(recs), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"stories", "--json", "--stories", "--index", t.TempDir(), dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	lines := jsonLines(t, stdout.String())
	if len(lines) != 1 {
		t.Fatalf("%d lines, want one story: %s", len(lines), stdout.String())
	}
	l := lines[0]
	if l["articles"] != float64(2) || !strings.HasPrefix(fmt.Sprint(l["first"]), "2010-02-27") ||
		!strings.HasPrefix(fmt.Sprint(l["last"]), "2010-02-28") || len(l["outlets"].([]any)) != 2 {
		t.Errorf("story line %v: want 2 articles, 2 outlets, 2010-02-27 to 2010-02-28", l)
	}
}

// TestSearchPersonFindsBareSurname: a one-shot search waits for the
// people table, so person:"Full Name" also finds the article that names
// the person by surname alone, as the interface does.
func TestSearchPersonFindsBareSurname(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	lines := []string{
		`{"id":"w1","title":"Harbour plan","date":"2019-05-05","text":"Mayor Tobias Wrenfield opened the harbour on Friday. \"Boats are back,\" Tobias Wrenfield said."}`,
		`{"id":"w2","title":"Harbour fees","date":"2019-05-06","text":"Tobias Wrenfield, the mayor, set the fees. \"They are fair,\" Tobias Wrenfield said."}`,
		`{"id":"w3","title":"Harbour closes","date":"2019-05-07","text":"Mayor Wrenfield closed the harbour on Saturday. \"It is too windy,\" Wrenfield said."}`,
	}
	os.WriteFile(filepath.Join(docs, "a.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	// The first run builds the index (and the table with it); the
	// second opens it and reads the table while the search starts.
	for round := 0; round < 2; round++ {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"search", "--json", "--index", filepath.Join(dir, "idx"), `person:"Tobias Wrenfield"`, docs}, &stdout, &stderr); code != 0 {
			t.Fatalf("round %d: exit %d, stderr: %s", round, code, stderr.String())
		}
		got := ids(jsonLines(t, stdout.String()))
		slices.Sort(got)
		if !slices.Equal(got, []string{"w1", "w2", "w3"}) {
			t.Errorf("round %d: ids %v, want w1 w2 w3", round, got)
		}
	}
}

// A command given only paths that do not exist stops with their names
// and makes no index for them; one missing beside one that exists is
// listed and the rest still loads.
func TestMissingPaths(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-news")
	ixDir := filepath.Join(dir, "ix")
	tests := []struct {
		name     string
		args     []string
		code     int
		stderr   string
		madeIdx  bool
		stdoutOK bool
	}{
		{"explorer", []string{"--index", ixDir, missing}, 1, missing + ": no such file or directory", false, false},
		{"search", []string{"search", "--index", ixDir, "Kislyak", missing}, 1, missing + ": no such file or directory", false, false},
		{"mistyped command", []string{"serach", "Kislyak"}, 1, "serach: no such file or directory (nor a command", false, false},
		{"one of two missing", []string{"people", "--index", ixDir, missing, "../../data"}, 0, missing, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			os.RemoveAll(ixDir)
			var stdout, stderr bytes.Buffer
			code := run(tc.args, &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr %q does not say %q", stderr.String(), tc.stderr)
			}
			if _, err := os.Stat(ixDir); (err == nil) != tc.madeIdx {
				t.Errorf("index made: %v, want %v", err == nil, tc.madeIdx)
			}
			if got := strings.Contains(stdout.String(), "Jeff Sessions"); got != tc.stdoutOK {
				t.Errorf("stdout lists the built-in people: %v, want %v", got, tc.stdoutOK)
			}
		})
	}
}

// TestOlderRulesNotice: an index whose articles an older storytui's
// extraction rules read still answers, and stderr says so and what to
// do; --reindex reads them again and the notice goes.
func TestOlderRulesNotice(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	os.WriteFile(filepath.Join(docs, "a.jsonl"), []byte(`{"id":"a1","title":"Zebras escape zoo","text":"Three zebras escaped from the city zoo on Monday."}`+"\n"), 0o644)
	idx := filepath.Join(dir, "idx")
	search := func(extra ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args := append([]string{"search", "--json", "--index", idx}, extra...)
		if code := run(append(args, "zebra", docs), &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d, stderr: %s", code, stderr.String())
		}
		if got := ids(jsonLines(t, stdout.String())); len(got) != 1 || got[0] != "a1" {
			t.Fatalf("ids %v", got)
		}
		return stderr.String()
	}
	if e := search(); strings.Contains(e, "older") {
		t.Errorf("a new index: %s", e)
	}
	// What an index written before the rules were recorded looks like.
	b, err := os.ReadFile(filepath.Join(idx, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	old := strings.ReplaceAll(string(b), `"rules":`, `"rules_":`)
	if old == string(b) {
		t.Fatal("the manifest records no rules")
	}
	os.WriteFile(filepath.Join(idx, "manifest.json"), []byte(old), 0o644)
	if e := search(); !strings.Contains(e, "1 of 1 file (1 article) was read by an older storytui: --reindex") || !strings.Contains(e, "--reindex") || !strings.Contains(e, idx) {
		t.Errorf("an older index: stderr %q", e)
	}
	search("--reindex")
	if e := search(); strings.Contains(e, "older") {
		t.Errorf("after --reindex: %s", e)
	}
}
