package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// evalDir is the shared evaluation material, beside the project's root.
const evalDir = "../../../shared/eval"

// scoreFloors are regression floors for extraction quality, a little below
// what the extractor reached when they were set (dev: people 0.973,
// quotes 0.992, attributed 0.881, reactions 0.898; polnear-dev: quotes
// 0.931, attributed 0.819; fresh: 0.980, 0.939, 0.864, 0.525; fresh2:
// 0.947, 0.992, 0.857, 0.614). Raise them as the extractor improves.
// Two floors were lowered on purpose, each for a rule that is right far
// more often on news no eval set holds (the commits have the counts): dev
// attributed (0.887 before the reported-speech rule of 40f5481) and
// polnear-dev attributed (0.826 before state epithets: PolNeAR keeps "the
// Florida senator" as the source, the contract asks for Marco Rubio).
// fresh and fresh2 are the project's own held-out sets in ../../testdata.
var scoreFloors = map[string]map[string]float64{
	"dev":         {"people": 0.96, "quotes": 0.97, "attributed": 0.87, "reactions": 0.87},
	"polnear-dev": {"quotes": 0.92, "attributed": 0.81},
	"fresh":       {"people": 0.96, "quotes": 0.92, "attributed": 0.84, "reactions": 0.48},
	"fresh2":      {"people": 0.93, "quotes": 0.97, "attributed": 0.84, "reactions": 0.58},
}

// setDir is where an annotated set lives: the project's own held-out sets
// under testdata, the shared ones beside the project.
func setDir(set string) string {
	if strings.HasPrefix(set, "fresh") {
		return filepath.Join("..", "..", "testdata", set)
	}
	return filepath.Join(evalDir, set)
}

// TestExtractionScoreFloors runs 'storytui extract --json' on the
// annotated sets and the project's scorer (../shared/eval/score.py).
func TestExtractionScoreFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("scoring skipped in -short mode")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed; the scorer needs it")
	}
	if _, err := os.Stat(filepath.Join(evalDir, "score.py")); err != nil {
		t.Skipf("no scorer at %s: %v", evalDir, err)
	}
	for set, floors := range scoreFloors {
		t.Run(set, func(t *testing.T) {
			dir := setDir(set)
			inputs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
			more, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
			inputs = append(inputs, more...)
			var stdout, stderr bytes.Buffer
			if code := run(append([]string{"extract", "--json"}, inputs...), &stdout, &stderr); code != 0 {
				t.Fatalf("extract: exit %d: %s", code, stderr.String())
			}
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			if err := os.WriteFile(pred, stdout.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, filepath.Join(evalDir, "score.py"), "--json", dir, pred).Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var scores map[string]json.RawMessage
			if err := json.Unmarshal(out, &scores); err != nil {
				t.Fatalf("score.py printed %q: %v", out, err)
			}
			for metric, floor := range floors {
				var m struct{ F1 float64 }
				if err := json.Unmarshal(scores[metric], &m); err != nil {
					t.Fatalf("%s: %v", metric, err)
				}
				t.Logf("%s %s F1 %.3f (floor %.2f)", set, metric, m.F1, floor)
				if m.F1 < floor {
					t.Errorf("%s %s F1 %.3f fell below its floor %.2f", set, metric, m.F1, floor)
				}
			}
		})
	}
}
