package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var updateRules = flag.Bool("update-rules", false, "record this package's sources as those of RulesVersion in testdata/rules.sum")

const rulesSum = "testdata/rules.sum"

// rulesHash is the SHA-256 of what decides Extract's output: the
// package's non-test Go files and its embedded word lists, in name order.
func rulesHash(t *testing.T) string {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	names = slices.DeleteFunc(names, func(n string) bool { return strings.HasSuffix(n, "_test.go") })
	names = append(names, "givennames.tsv", "commonwords.txt")
	slices.Sort(names)
	h := sha256.New()
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s %d\n", n, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestRulesVersion fails when the rules' sources changed while
// RulesVersion stayed the same: indexes built before the change would
// then be taken for readings by the current rules and never be offered
// a new reading.
func TestRulesVersion(t *testing.T) {
	sum := rulesHash(t)
	want := fmt.Sprintf("%d %s\n", RulesVersion, sum)
	if *updateRules {
		if err := os.WriteFile(rulesSum, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(rulesSum)
	if err != nil {
		t.Fatalf("%v; run go test ./internal/extract -run TestRulesVersion -update-rules", err)
	}
	var version int
	var recorded string
	if _, err := fmt.Sscanf(string(b), "%d %s", &version, &recorded); err != nil {
		t.Fatalf("%s: %v", rulesSum, err)
	}
	switch {
	case version == RulesVersion && recorded != sum:
		t.Fatalf("the extraction rules changed since RulesVersion %d was recorded: raise RulesVersion (rules_version.go), then run go test ./internal/extract -run TestRulesVersion -update-rules", version)
	case version != RulesVersion:
		t.Fatalf("RulesVersion is %d but %s records %d: run go test ./internal/extract -run TestRulesVersion -update-rules", RulesVersion, rulesSum, version)
	}
}
