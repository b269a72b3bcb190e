package extract

import (
	"strings"
	"testing"
)

// findReaction returns the reaction whose Who contains name.
func findReaction(rs []Reaction, name string) (Reaction, bool) {
	for _, r := range rs {
		if strings.Contains(r.Who, name) {
			return r, true
		}
	}
	return Reaction{}, false
}

func TestReactionStances(t *testing.T) {
	const lead = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n"
	tests := []struct {
		name, title, text, who, stance, action string
	}{
		{"judging words, round 7", "Harlow met lobbyist", lead +
			`"Calling it an oversight is a cop-out, and frankly laughable," Senator Lena Ortega said of Harlow's answer.`,
			"Lena Ortega", "criticizes", ""},
		{"praise granted in a concessive clause is no verdict", "Harlow met lobbyist", lead +
			`"While the ethics panel is thorough and its staff is excellent, these meetings were a mistake," said Senator Lena Ortega.`,
			"Lena Ortega", "criticizes", ""},
		{"a concessive clause of the speaker's own is his view", "Harlow met lobbyist", lead +
			`"Although I'm disappointed with these meetings, the panel will meet on Tuesday," said Senator Lena Ortega.`,
			"Lena Ortega", "criticizes", ""},
		{"hostile judges", "Harlow met lobbyist", lead +
			`"Harlow has been hostile to every question about these meetings," said Senator Lena Ortega.`,
			"Lena Ortega", "criticizes", ""},
		{"disagreed with a personal subject, past a quote mark", "Harlow met lobbyist", lead +
			`Senator Lena Ortega said she “disagreed” with how the panel handled the meetings.`,
			"Lena Ortega", "criticizes", ""},
		{"impressed praises", "Harlow met lobbyist", lead +
			`"I was impressed with how Harlow answered the panel about the meetings," said Senator Lena Ortega.`,
			"Lena Ortega", "supports", ""},
		{"disapproval judges, a poll's disapproval rating does not", "Harlow met lobbyist", lead +
			`"We must register our disapproval of these meetings," said Senator Lena Ortega, whose own disapproval rating is 40 percent.`,
			"Lena Ortega", "criticizes", ""},
		{"a poll's disapproval rating is no verdict", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow's disapproval rating rose to 52 percent in the week after the meetings with the lobbyist were reported.`,
			"Ed Moss", "neutral", ""},
		{"not who we are", "Harlow met lobbyist", lead +
			`"Secret meetings with lobbyists are not who we are," Senator Lena Ortega said of Harlow's meetings.`,
			"Lena Ortega", "criticizes", ""},
		{"not what the party stands for", "Harlow met lobbyist", lead +
			`"Hiding meetings from the ethics panel is not what this party stands for," Senator Lena Ortega said of Harlow.`,
			"Lena Ortega", "criticizes", ""},
		{"a short reported line of one's own position", "Harlow met lobbyist", lead +
			`Senator Mary Kowalski said she won't support Harlow.`,
			"Mary Kowalski", "criticizes", ""},
		{"demand resign", "Harlow met lobbyist", lead +
			"Senator Mary Kowalski called for Harlow's resignation on Tuesday, saying the meetings were a breach of trust.",
			"Mary Kowalski", "demands", "resign"},
		{"a time word in a participle clause dates that act", "Harlow met lobbyist", lead +
			"Senator Mary Kowalski called on Harlow to resign on Tuesday, saying he met the lobbyist twice before joining the panel last year.",
			"Mary Kowalski", "demands", "resign"},
		{"demand recuse", "Harlow met lobbyist", lead +
			`Rep. Tom Becker said Harlow "should recuse himself from the ethics inquiry into the meetings."`,
			"Tom Becker", "demands", "recuse"},
		{"demand investigate", "Harlow met lobbyist", lead +
			`"We need an independent commission to look at these meetings," said Senator Paula Ortiz.`,
			"Paula Ortiz", "demands", "investigate"},
		{"demand clarify", "Harlow met lobbyist", lead +
			`Rep. Dan Moore told reporters that Harlow should clarify his account of the meetings with the lobbyist.`,
			"Dan Moore", "demands", "clarify"},
		{"denial", "Harlow met lobbyist", lead +
			`"I never discussed the panel with anyone. This allegation is false," Harlow said in a statement.`,
			"John Harlow", "denies", ""},
		{"a press secretary speaks, not the office before the title", "Harlow met lobbyist", lead +
			`"The meetings were a shocking mistake that undermines the ethics panel," State House press secretary Dana Moreno said Monday.`,
			"Dana Moreno", "criticizes", ""},
		{"spokeswoman denies", "Harlow met lobbyist", lead +
			`"There was absolutely nothing misleading about his answer on the meetings," said Harlow spokeswoman Jane Pike.`,
			"Jane Pike", "denies", ""},
		{"criticism", "Harlow met lobbyist", lead +
			`Senator Rita Vance called the meetings "a shocking mistake that undermines the ethics panel and its work."`,
			"Rita Vance", "criticizes", ""},
		{"support", "Harlow met lobbyist", lead +
			`Senator Carl Dunn praised Harlow, saying the attorney general is a man of great integrity who met the lobbyist in an official capacity.`,
			"Carl Dunn", "supports", ""},
		{"a violent attack is an event, no criticism", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist a week after the attacks in Madrid, and again after a terrorist attack in Oslo.`,
			"Ed Moss", "neutral", ""},
		{"a denial verb after an article or preposition is a noun or adjective", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist on a trip into disputed waters, and that the contested meetings were a matter for the panel.`,
			"Ed Moss", "neutral", ""},
		{"a finding of no evidence is no denial", "Harlow met lobbyist", lead +
			`Inspector General Ruth Oakes said her office found no evidence that the lobbyist had paid for the meetings.`,
			"Ruth Oakes", "neutral", ""},
		{"making false statements is a charge of lying", "Harlow met lobbyist", lead +
			`"Harlow was making false statements to the panel about the meetings," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a relative clause with another subject is another's response", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist twice in May, which the lobbyist's firm has denied.`,
			"Ed Moss", "neutral", ""},
		{"dismissed as a role is fired, no denial", "Harlow met lobbyist", lead +
			`Governor Ed Moss dismissed Harlow's deputy as chief of staff after the meetings with the lobbyist.`,
			"Ed Moss", "neutral", ""},
		{"rejecting protections is a vote against", "Harlow met lobbyist", lead +
			`Senator Rita Vance rejected new ethics protections that the panel proposed after the meetings.`,
			"Rita Vance", "criticizes", ""},
		{"true before a non-claim noun judges no claim", "Harlow met lobbyist", lead +
			`Ann Lee, a professor of law, said the ethics panel did not have a true quorum when it heard about the meetings or any falsely reported expenses.`,
			"Ann Lee", "neutral", ""},
		{"a claim proven false in the narration is a fact check", "Harlow met lobbyist", lead +
			`Senator Rita Vance also asserted that Harlow paid the lobbyist for the meetings, another claim that was proven false.`,
			"Rita Vance", "neutral", ""},
		{"dismissing someone's influence denies no claim", "Harlow met lobbyist", lead +
			`Senator Ed Moss dismissed the lobbyist's influence on the ethics panel after the meetings.`,
			"Ed Moss", "neutral", ""},
		{"neutral analyst", "Harlow met lobbyist", lead +
			`"It is too early to know what the meetings will mean for the ethics panel and its review," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"descriptor", "Harlow met lobbyist", lead +
			`A Justice Department official said Harlow didn't mislead the ethics panel about the meetings.`,
			"Justice Department official", "denies", ""},
		{"including list", "Harlow met lobbyist", lead +
			`Leading Democrats, including Mary Kowalski and Sen. Ed Price, called for Harlow to resign after the meetings were reported.`,
			"Ed Price", "demands", "resign"},
		{"negated subject and negated noun phrase", "Harlow met lobbyist", lead +
			`Senator Ann Reed said the squabbles over the meetings with the lobbyist were not "seen as a concern by the voters," adding there was no sign of incompetence at the ethics panel.`,
			"Ann Reed", "neutral", ""},
		{"no doubt negates nothing", "Harlow met lobbyist", lead +
			`Senator Carl Dunn said there is no doubt that Harlow is an honest and decent man who met the lobbyist in good faith.`,
			"Carl Dunn", "supports", ""},
		{"rejecting a proposal is no denial", "Harlow met lobbyist", lead +
			`Senator Rita Vance rejected the ethics bill that the lobbyist's firm had pushed after the meetings.`,
			"Rita Vance", "criticizes", ""},
		{"a word set aside by a comparison", "Harlow met lobbyist", lead +
			`"Harlow treated the ethics panel as an adversary more than a friend in the meetings," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"consistent with is no praise", "Harlow met lobbyist", lead +
			`"The meetings are consistent with the way the lobbyist has worked for decades," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"right now is no praise", "Harlow met lobbyist", lead +
			`"Right now, we don't know what was said in the meetings with the lobbyist," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"a pejorative epithet", "Harlow met lobbyist", lead +
			`Senator Rita Vance called Harlow "a crusading ideologue who thinks the meetings are nobody's business."`,
			"Rita Vance", "criticizes", ""},
		{"praise adjectives", "Harlow met lobbyist", lead +
			`"John Harlow is a courageous and principled public servant," said Senator Ed Moss of the meetings.`,
			"Ed Moss", "supports", ""},
		{"an intensifier before a concern noun", "Harlow met lobbyist", lead +
			`There are still strong concerns about the meetings with the lobbyist and the ethics panel, says Ann Lee, a professor of law.`,
			"Ann Lee", "criticizes", ""},
		{"negated support around a partial quote", "Harlow met lobbyist", lead +
			`Rep. Ann Reed, who sits on the ethics panel, said that "under no circumstances" will she support Harlow after the meetings.`,
			"Ann Reed", "criticizes", ""},
		{"support as a noun", "Harlow met lobbyist", lead +
			`"None of the polls since the meetings has shown Harlow with more support than the lobbyist's rival," said pollster Ann Lee.`,
			"Ann Lee", "neutral", ""},
		{"title responder", "Harlow met lobbyist; Kowalski fires back", lead +
			`"These meetings tell you everything about the ethics of this office and its leader," Mary Kowalski said.`,
			"Mary Kowalski", "criticizes", ""},
		{"the title's target of an attack answers", "Harlow slams Sen. Mary Kowalski over lobbyist meetings", lead +
			`"He kept these meetings hidden for a year, and now he wants to talk about me," Mary Kowalski said of Harlow.`,
			"Mary Kowalski", "neutral", ""},
		{"the title's target of an attack noun answers", "Harlow launches new attack on Kowalski", lead +
			`"He kept these meetings hidden for a year, and now he wants to talk about me," Mary Kowalski said of Harlow.`,
			"Mary Kowalski", "neutral", ""},
		{"don't get me wrong denies nothing", "Harlow met lobbyist", lead +
			`"Don't get me wrong, I know little about the meetings," said Senator Paula Ortiz.`,
			"Paula Ortiz", "neutral", ""},
		{"a strong word of disapproval alone", "Harlow met lobbyist", lead +
			`"Really sad. What we saw today was unconscionable," Senator Paula Ortiz said of the meetings.`,
			"Paula Ortiz", "criticizes", ""},
		{"has agreed to testify is no demand", "Harlow met lobbyist", lead +
			`"Harlow has agreed to testify about the meetings with the lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "neutral", ""},
		{"wants to do is no demand", "Harlow met lobbyist", lead +
			`Senator Rita Vance said she wants to leave the ethics panel before the meetings are reviewed.`,
			"Rita Vance", "neutral", ""},
		{"a denial adjective before a noun other than a claim", "Harlow met lobbyist", lead +
			`"The lobbyist filed false expense forms for the meetings and then left town," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"a denial adjective before a claim noun", "Harlow met lobbyist", lead +
			`"This is a false and baseless story about the meetings," Harlow said in a statement.`,
			"John Harlow", "denies", ""},
		{"a denial verb in a relative clause", "Harlow met lobbyist", lead +
			`"The ethics panel follows a rule that denies lobbyists any role in the meetings," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"a denial verb in someone else's aim", "Harlow met lobbyist", lead +
			`"His friends on the panel want to deny that the meetings ever took place," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"an action word after another governed verb", "Harlow met lobbyist", lead +
			`Senator Rita Vance said the House must discuss a new rule to slow any impeachment over the meetings.`,
			"Rita Vance", "neutral", ""},
		{"the verb after the addressee is the action", "Harlow met lobbyist", lead +
			`"We urge the special counsel to make clear what he found about the meetings," said Senator Paula Ortiz.`,
			"Paula Ortiz", "demands", "clarify"},
		{"someone else's demand as a noun", "Harlow met lobbyist", lead +
			`Senator Carl Dunn said the lobbyist's demand that the panel investigate its rivals was what the meetings were about.`,
			"Carl Dunn", "neutral", ""},
		{"turning down calls is no demand", "Harlow met lobbyist", lead +
			`Senator Carl Dunn rejected calls for an independent counsel to investigate Harlow and his meetings with the lobbyist.`,
			"Carl Dunn", "denies", ""},
		{"a response verb after for is the target's act", "Harlow met lobbyist", lead +
			`Senator Rita Vance rebuked Harlow for rejecting the panel's questions about the meetings.`,
			"Rita Vance", "criticizes", ""},
		{"dismissing a risk denies no claim", "Harlow met lobbyist", lead +
			`Senator Carl Dunn dismissed the risk that the meetings with the lobbyist would hurt the ethics panel.`,
			"Carl Dunn", "neutral", ""},
		{"rejecting requests is no denial", "Harlow met lobbyist", lead +
			`Senator Carl Dunn rejected requests from the ethics panel for records of the meetings with the lobbyist.`,
			"Carl Dunn", "criticizes", ""},
		{"lie of place denies nothing", "Harlow met lobbyist", lead +
			`"The fate of the ethics panel does not entirely lie within its own hands after the meetings," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"not aware of an open question denies nothing", "Harlow met lobbyist", lead +
			`"Most voters are not aware of how the ethics panel works or what the meetings were for," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"on the basis of denies nothing", "Harlow met lobbyist", lead +
			`"No one is judged on the basis of the meetings alone," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"not telling the truth is a charge", "Harlow met lobbyist", lead +
			`"It is clear that Harlow was not telling the truth about the meetings," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"should in a whether-question is no demand", "Harlow met lobbyist", lead +
			`Senator Carl Dunn, asked on Sunday whether Harlow should resign over the meetings, said the ethics panel would decide.`,
			"Carl Dunn", "neutral", ""},
		{"should have done is the past: no demand, a fault found", "Harlow met lobbyist", lead +
			`"Harlow should have told the panel that he would recuse himself before the meetings," said Senator Carl Dunn.`,
			"Carl Dunn", "criticizes", ""},
		{"a frame over a passive that is no action", "Harlow met lobbyist", lead +
			`"There is a legal standard that needs to be met for impeachment, and the meetings are far from it," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"a frame over a passive that passes the demand on", "Harlow met lobbyist", lead +
			`"Harlow should be forced to resign over the meetings," said Senator Rita Vance.`,
			"Rita Vance", "demands", "resign"},
		{"a negation as a goal denies nothing", "Harlow met lobbyist", lead +
			`"The ethics panel must ensure no lobbyist ever interfered with its work again after the meetings," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"withholding a thing is no denial", "Harlow met lobbyist", lead +
			`"The ethics panel denied the lawyers access to the records of the meetings," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"false information is a charge, no denial", "Harlow met lobbyist", lead +
			`"The lobbyist gave the panel false information about the meetings," said Ann Lee, a professor of law.`,
			"Ann Lee", "neutral", ""},
		{"rejecting a policy is no denial", "Harlow met lobbyist", lead +
			`Senator Rita Vance rejected the panel's approach to the meetings with the lobbyist.`,
			"Rita Vance", "criticizes", ""},
		{"a demand inside another's claim", "Harlow met lobbyist", lead +
			`Senator Carl Dunn answered the suggestion that Harlow should resign over the meetings by pointing to his long record at the department.`,
			"Carl Dunn", "neutral", ""},
		{"without evidence faults a claim", "Harlow met lobbyist", lead +
			`"The lobbyist's friends will say, without any evidence, that the meetings were about trade," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"denying someone a thing is no denial", "Harlow met lobbyist", lead +
			`Senator Carl Dunn said Democrats would deny Mr. Harlow a second term after the meetings with the lobbyist.`,
			"Carl Dunn", "neutral", ""},
		{"rejecting an invitation is no denial", "Harlow met lobbyist", lead +
			`Senator Rita Vance rejected an invitation from the lobbyist to discuss the meetings.`,
			"Rita Vance", "criticizes", ""},
		{"frustration and cringing criticize", "Harlow met lobbyist", lead +
			`Senator Rita Vance said she was frustrated with Harlow and that his account of the meetings was cringeworthy.`,
			"Rita Vance", "criticizes", ""},
		{"a very positive step praises", "Harlow met lobbyist", lead +
			`Senator Carl Dunn called the panel's review of the meetings "a very positive step for the department."`,
			"Carl Dunn", "supports", ""},
		{"positive as a description praises nothing", "Harlow met lobbyist", lead +
			`Analyst Ed Moss said the meetings with the lobbyist drew positive coverage in two trade papers last week.`,
			"Ed Moss", "neutral", ""},
		{"I disagree criticizes", "Harlow met lobbyist", lead +
			`"I strongly disagree with the decision to hold the meetings in secret," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"if you disagree is nobody's stance", "Harlow met lobbyist", lead +
			`"If you disagree with the panel on the meetings, tell us what you would change," said Senator Carl Dunn.`,
			"Carl Dunn", "neutral", ""},
		{"fiasco and betrayal criticize", "Harlow met lobbyist", lead +
			`"The meetings were a fiasco and a betrayal of the ethics panel," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a breakthrough praises", "Harlow met lobbyist", lead +
			`"The panel's new disclosure rule for such meetings is a genuine breakthrough," said Senator Carl Dunn.`,
			"Carl Dunn", "supports", ""},
		{"not optimistic criticizes", "Harlow met lobbyist", lead +
			`Senator Rita Vance said the panel's answer on the meetings did not make her optimistic about the ethics rules.`,
			"Rita Vance", "criticizes", ""},
		{"unfortunate and unwise criticize", "Harlow met lobbyist", lead +
			`Senator Rita Vance said it was unfortunate and unwise of Harlow to keep the meetings from the ethics panel.`,
			"Rita Vance", "criticizes", ""},
		{"in denial is a charge", "Harlow met lobbyist", lead +
			`"The panel has been in denial about the meetings for far too long," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"the denial of another is spoken of", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the panel would look past the denial from the lobbyist's firm about the meetings.`,
			"Ed Moss", "neutral", ""},
		{"disputes of a kind is a noun", "Harlow met lobbyist", lead +
			`Analyst Ed Moss said that disputes of this sort over meetings usually take years to settle at the panel.`,
			"Ed Moss", "neutral", ""},
		{"scoffed criticizes", "Harlow met lobbyist", lead +
			`Senator Rita Vance scoffed at the idea that the meetings with the lobbyist were routine.`,
			"Rita Vance", "criticizes", ""},
		{"a violent attack verb is an event", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist on the day a gunman attacked a market in Lyon, killing three.`,
			"Ed Moss", "neutral", ""},
		{"an attack by terrorists is an event", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist on the day terrorists carried out a major attack, before the panel met.`,
			"Ed Moss", "neutral", ""},
		{"a quoted threat to something criticizes", "Harlow met lobbyist", lead +
			`Senator Rita Vance called the secret meetings with the lobbyist a "threat" to the ethics panel and its rules.`,
			"Rita Vance", "criticizes", ""},
		{"a threat that is no threat to anything judges nothing", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist to discuss the terror threat in the region before the panel met.`,
			"Ed Moss", "neutral", ""},
		{"the place attack is an event", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist in the week of the Lyon attack, when the panel was closed.`,
			"Ed Moss", "neutral", ""},
		{"a comparative praises nothing", "Harlow met lobbyist", lead +
			`"A better ethics rule can be written, and these meetings were a mistake," said Senator Rita Vance of the lobbyist.`,
			"Rita Vance", "criticizes", ""},
		{"a stunt criticizes", "Harlow met lobbyist", lead +
			`"These meetings with the lobbyist were a publicity stunt," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"smart as a verdict praises", "Harlow met lobbyist", lead +
			`"Going to the panel first was a smart move by the attorney general," said Senator Carl Dunn of the meetings.`,
			"Carl Dunn", "supports", ""},
		{"smart before a thing names it", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow met the lobbyist to talk about smart meters and the state rules on their sale.`,
			"Ed Moss", "neutral", ""},
		{"a verdict adverb in the narration is the writer's", "Harlow met lobbyist", lead +
			`Senator Ed Moss wisely waited, and said Harlow met the lobbyist before the panel's meeting on the rules.`,
			"Ed Moss", "neutral", ""},
		{"demanding answers asks for clarification", "Harlow met lobbyist", lead +
			`Senator Paula Ortiz demanded answers from the department about the meetings with the lobbyist.`,
			"Paula Ortiz", "demands", "clarify"},
		{"the real deal is praise", "Harlow met lobbyist", lead +
			`"Harlow is the real deal, and the meetings were part of his job," said Senator Carl Dunn.`,
			"Carl Dunn", "supports", ""},
		{"urging another to act is a demand", "Harlow met lobbyist", lead +
			`Senator Paula Ortiz called on the ethics panel to reject the lobbyist's account of the meetings.`,
			"Paula Ortiz", "demands", "reject"},
		{"at capacity praises nothing", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the state clinics were at capacity when Harlow met the lobbyist about their funding.`,
			"Ed Moss", "neutral", ""},
		{"falls short criticizes", "Harlow met lobbyist", lead +
			`Senator Rita Vance said the account of the meetings with the lobbyist falls short of what the panel asked for.`,
			"Rita Vance", "criticizes", ""},
		{"makes no sense criticizes", "Harlow met lobbyist", lead +
			`"Meeting a lobbyist twice and telling the panel nothing makes no sense," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"betrays criticizes", "Harlow met lobbyist", lead +
			`Senator Rita Vance said the meetings with the lobbyist "betray" the promise Harlow made to the panel.`,
			"Rita Vance", "criticizes", ""},
		{"praise words after should name what is asked", "Harlow met lobbyist", lead +
			`"The panel should have an honest and capable chair," said Senator Ed Moss of the meetings of Harlow with the lobbyist.`,
			"Ed Moss", "neutral", ""},
		{"legitimate before a noun describes", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the panel has a legitimate interest in the meetings of Harlow with the lobbyist and will ask for records.`,
			"Ed Moss", "neutral", ""},
		{"trust as a noun praises nothing", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the meetings of Harlow with the lobbyist were about the public trust in the state water board.`,
			"Ed Moss", "neutral", ""},
		{"behind a person is backing", "Harlow met lobbyist", lead +
			`Senator Ed Moss says he's behind Harlow.`,
			"Ed Moss", "supports", ""},
		{"expressed concern criticizes", "Harlow met lobbyist", lead +
			`Senator Ed Moss expressed concern about the meetings of Harlow with the lobbyist on Tuesday.`,
			"Ed Moss", "criticizes", ""},
		{"calling into question criticizes", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the meetings with the lobbyist call into question the account Harlow gave the panel.`,
			"Ed Moss", "criticizes", ""},
		{"a word in an if-clause is a hypothetical", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the panel will look at the meetings with the lobbyist, and if Harlow made a mistake the rules will say so.`,
			"Ed Moss", "neutral", ""},
		{"would veto criticizes", "Harlow met lobbyist", lead +
			`Governor Ed Moss said he would veto any bill that lets Harlow keep meeting the lobbyist.`,
			"Ed Moss", "criticizes", ""},
		{"distanced himself criticizes", "Harlow met lobbyist", lead +
			`Senator Ed Moss distanced himself from Harlow over the meetings with the lobbyist, saying the panel will decide on the rules.`,
			"Ed Moss", "criticizes", ""},
		{"crediting him praises", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the panel works, crediting Harlow with the new rules on meetings with lobbyists.`,
			"Ed Moss", "supports", ""},
		{"a demand that reaches past an appositive", "Harlow met lobbyist", lead +
			`Senator Paula Ortiz wrote to the department on Tuesday, demanding that the two officials, Harlow and his deputy for ethics and lobbying matters, explain the meetings.`,
			"Paula Ortiz", "demands", "clarify"},
		{"no better is praise", "Harlow met lobbyist", lead +
			`"I can't think of a better person to lead the department through the inquiry into the meetings," said Senator Carl Dunn.`,
			"Carl Dunn", "supports", ""},
		{"a year in a relative clause about the speaker dates no statement", "Harlow met lobbyist", lead +
			`"These meetings were a shocking mistake," said Senator Rita Vance, a Democrat who won her seat in 2012, after the panel met in May 2016.`,
			"Rita Vance", "criticizes", ""},
		{"a mess of a plan criticizes", "Harlow met lobbyist", lead +
			`"The whole business with the lobbyist is a charade and a mess," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a selfless act praises", "Harlow met lobbyist", lead +
			`"Telling the panel about the meetings was a selfless and gracious thing to do," said Senator Carl Dunn.`,
			"Carl Dunn", "supports", ""},
		{"ridiculous said of no claim criticizes", "Harlow met lobbyist", lead +
			`Senator Rita Vance called the meetings with the lobbyist "ridiculous and juvenile."`,
			"Rita Vance", "criticizes", ""},
		{"ridiculous to suggest a claim still denies", "Harlow met lobbyist", lead +
			`"It is ridiculous to suggest that the meetings with the lobbyist were secret," said Harlow spokeswoman Jane Pike.`,
			"Jane Pike", "denies", ""},
		{"lies of place before denies nothing", "Harlow met lobbyist", lead +
			`"The panel will look at the meetings, and a long road lies before us," said Senator Ed Moss.`,
			"Ed Moss", "neutral", ""},
		{"the sentence before sets the scene across a paragraph break", "Harlow met lobbyist", lead +
			"The records were released on Friday after a request from two newspapers and a watchdog group, which had asked for them in March, and they list dates, places and the names of aides.\n\n" +
			"Few senators have defended Harlow since the meetings came to light.\n\n" +
			`"I stand with him today and I will stand with him tomorrow," Senator Carl Dunn told reporters.`,
			"Carl Dunn", "neutral", ""},
		{"no place for judges", "Harlow met lobbyist", lead +
			`"There is simply no place in this office for secret meetings with a lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a negated tolerate judges", "Harlow met lobbyist", lead +
			`"Secret meetings with a lobbyist will not be tolerated in this office," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a demand past an abbreviation's dot", "Harlow met lobbyist", lead +
			`Senator Rita Vance, a Democrat, called on Mr. Harlow to resign over the meetings with the lobbyist.`,
			"Rita Vance", "demands", "resign"},
		{"exacerbated judges", "Harlow met lobbyist", lead +
			`Senator Rita Vance said the meetings with the lobbyist have exacerbated the distrust of the ethics panel.`,
			"Rita Vance", "criticizes", ""},
		{"a strong no is no praise", "Harlow met lobbyist", lead +
			`"The meetings with the lobbyist were a mistake, and we urge a strong no on his budget," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"no quid pro quo denies", "Harlow met lobbyist", lead +
			`Senator Carl Dunn, an ally of Harlow, said there was no quid pro quo in the meetings with the lobbyist.`,
			"Carl Dunn", "denies", ""},
		{"a good decision is a verdict", "Harlow met lobbyist", lead +
			`Senator Rita Vance, a former aide to the mayor, called his cancellation of the attack ads on the ethics panel a “good decision.”`,
			"Rita Vance", "supports", ""},
		{"a norm is no denial", "Harlow met lobbyist", lead +
			`"The bottom line is that you cannot mislead the public about meetings with a lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"disheartening judges", "Harlow met lobbyist", lead +
			`"It is deeply disheartening to watch these meetings with a lobbyist go on," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"approvingly praises", "Harlow met lobbyist", lead +
			`Senator Rita Vance, a longtime ally of the mayor, approvingly called the meetings with the lobbyist “business as usual.”`,
			"Rita Vance", "supports", ""},
		{"ignoring the will of judges", "Harlow met lobbyist", lead +
			`"These meetings with a lobbyist ignore the will of the people of this state," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"politics over judges", "Harlow met lobbyist", lead +
			`"Meeting with a lobbyist in secret is putting partisan politics ahead of the voters," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a broken promise judges", "Harlow met lobbyist", lead +
			`"The meetings with the lobbyist are one more broken promise of this office," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"no place past a quote mark", "Harlow met lobbyist", lead +
			`Senator Rita Vance said there is “simply no place” in this office for secret meetings with a lobbyist.`,
			"Rita Vance", "criticizes", ""},
		{"condemn in a quote judges", "Harlow met lobbyist", lead +
			`"Every member of this panel should condemn these meetings with the lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"the last thing we need", "Harlow met lobbyist", lead +
			`"The last thing this office needs is more meetings with a lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a strong majority measures, no praise", "Harlow met lobbyist", lead +
			`"A strong majority of the panel wants to see the records of the meetings with the lobbyist," said Senator Ed Moss.`,
			"Ed Moss", "neutral", ""},
		{"the title names the demand of its newsmaker", "Ortega Calls for Harlow to Resign", lead +
			`"The voters deserve to know what happened at those meetings with the lobbyist," Senator Lena Ortega said.`,
			"Lena Ortega", "demands", "resign"},
		{"should have done finds a fault", "Harlow met lobbyist", lead +
			`Senator Rita Vance said Harlow should have told the ethics panel about both meetings with the lobbyist.`,
			"Rita Vance", "criticizes", ""},
		{"should have done long ago praises what is done now", "Harlow met lobbyist", lead +
			`"Telling the panel about the meetings is something Harlow should have done months ago," said Senator Ed Moss.`,
			"Ed Moss", "neutral", ""},
		{"support in a who-clause is others' position", "Harlow met lobbyist", lead +
			`"Members who don't support the panel's look at the meetings simply haven't read the records," said Senator Ed Moss.`,
			"Ed Moss", "neutral", ""},
		{"the right decision is a sure verdict in a short line", "Harlow met lobbyist", lead +
			`Senator Ed Moss said Harlow made the “right decision.”`,
			"Ed Moss", "supports", ""},
		{"expressed optimism praises", "Harlow met lobbyist", lead +
			`Senator Ed Moss expressed optimism about Harlow's plan to report every meeting with a lobbyist to the panel.`,
			"Ed Moss", "supports", ""},
		{"a short quote that is a sentence of its own", "Harlow met lobbyist", lead +
			`"This is a disgrace," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"judging words, round 8", "Harlow met lobbyist", lead +
			`"His account of the meetings with the lobbyist is preposterous," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"risky judges", "Harlow met lobbyist", lead +
			`Senator Rita Vance said the meetings with the lobbyist were "a very risky way to run this office."`,
			"Rita Vance", "criticizes", ""},
		{"another's responsibility to act asks for it", "Harlow met lobbyist", lead +
			`"Harlow has a responsibility to disclose every meeting with the lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "demands", "release"},
		{"a verb in -ly after an urging frame is no adverb", "Harlow met lobbyist", lead +
			`Senator Rita Vance urged Harlow to comply with the ethics panel's request about the meetings.`,
			"Rita Vance", "demands", "comply"},
		{"a light verb after an urging frame is the act asked for", "Harlow met lobbyist", lead +
			`Senator Rita Vance urged the ethics panel to back the bill that bars meetings with a lobbyist.`,
			"Rita Vance", "demands", "back"},
		{"do so after an urging frame points back", "Harlow met lobbyist", lead +
			`Senator Ed Moss praised Harlow's account of the meetings with the lobbyist and urged others to do so.`,
			"Ed Moss", "supports", ""},
		{"welcoming after a comma responds", "Harlow met lobbyist", lead +
			`Senator Ed Moss, welcoming the panel's decision to release the records of the meetings, said the lobbyist would testify.`,
			"Ed Moss", "supports", ""},
		{"a violation judges", "Harlow met lobbyist", lead +
			`"The meetings with the lobbyist were a clear violation of the ethics rules," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"violations after a plea report the charge", "Harlow met lobbyist", lead +
			`"The lobbyist pleaded guilty to two disclosure violations after the meetings," said Senator Ed Moss.`,
			"Ed Moss", "neutral", ""},
		{"stunned judges", "Harlow met lobbyist", lead +
			`Senator Rita Vance said she was stunned that Harlow kept the meetings with the lobbyist from the panel.`,
			"Rita Vance", "criticizes", ""},
		{"judging words, round 10", "Harlow met lobbyist", lead +
			`Senator Rita Vance called the excuses for the meetings with the lobbyist “outlandish.”`,
			"Rita Vance", "criticizes", ""},
		{"judging words, round 10, second batch", "Harlow met lobbyist", lead +
			`Senator Rita Vance called the meetings with the lobbyist “provocative and inappropriate.”`,
			"Rita Vance", "criticizes", ""},
		{"bait and switch", "Harlow met lobbyist", lead +
			`"His account of the meetings with the lobbyist is nothing more than a bait and switch," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"called with a verdict and no quote", "Harlow met lobbyist", lead +
			`Senator Rita Vance called the meetings with the lobbyist a grave mistake.`,
			"Rita Vance", "criticizes", ""},
		{"a slap in the face", "Harlow met lobbyist", lead +
			`"These meetings with the lobbyist are a slap in the face to every voter," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"no excuse", "Harlow met lobbyist", lead +
			`"There is no excuse for hiding meetings with a lobbyist from the panel," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"not above the law", "Harlow met lobbyist", lead +
			`"The attorney general who met the lobbyist is not above the law," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"does nothing to", "Harlow met lobbyist", lead +
			`"His letter about the meetings with the lobbyist does nothing to answer the panel," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"has done little to", "Harlow met lobbyist", lead +
			`"His letter about the meetings with the lobbyist has done little to answer the panel," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"rigged as a verb of making judges nothing", "Harlow met lobbyist", lead +
			`"The lobbyist rigged the microphone in the room before both meetings with Harlow," said Senator Ed Moss.`,
			"Ed Moss", "neutral", ""},
		{"a right after a possessive is the noun, no praise", "Harlow met lobbyist", lead +
			`Senator Rita Vance said Harlow had forfeited “his right” to lead the office, calling the meetings unacceptable.`,
			"Rita Vance", "criticizes", ""},
		{"best before a participle is an adverb, no praise", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the meetings with the lobbyist were best described as a lapse the panel must look into.`,
			"Ed Moss", "neutral", ""},
		{"improve after to is an aim, no praise", "Harlow met lobbyist", lead +
			`Senator Ed Moss said the panel would look for ways to improve how meetings with a lobbyist are reported.`,
			"Ed Moss", "neutral", ""},
		{"judging words, round 11", "Harlow met lobbyist", lead +
			`"Hiding the meetings with the lobbyist was a temper tantrum from an unreliable office," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"judging words, round 12", "Harlow met lobbyist", lead +
			`"Keeping the meetings from the panel shows the gall of a man who is politicizing the office," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"sabotaging judges", "Harlow met lobbyist", lead +
			`"He is sabotaging the ethics panel with these meetings," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a participle of praise after the cue", "Harlow met lobbyist", lead +
			`"The panel will meet on Tuesday about the meetings," Senator Lena Ortega said, praising Harlow.`,
			"Lena Ortega", "supports", ""},
		{"beyond the pale", "Harlow met lobbyist", lead +
			`"Meeting a lobbyist twice in secret is beyond the pale," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"not doing enough", "Harlow met lobbyist", lead +
			`"The office is not doing nearly enough to explain the meetings," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"rejecting the idea of a course is a vote against it, no denial", "Harlow met lobbyist", lead +
			`Senator Rita Vance rejects the idea of barring lobbyists from the panel's meetings.`,
			"Rita Vance", "criticizes", ""},
		{"had no knowledge disowns a part", "Harlow met lobbyist", lead +
			`"We have no knowledge of any meetings with the lobbyist," said Ann Lee, a spokeswoman for the ethics panel.`,
			"Ann Lee", "denies", ""},
		{"no involvement disowns a part", "Harlow met lobbyist", lead +
			`"The panel did not have any involvement in the meetings," said Ann Lee, a spokeswoman for the ethics panel.`,
			"Ann Lee", "denies", ""},
		{"involvement before a negated verb is no denial", "Harlow met lobbyist", lead +
			`"The lobbyist's involvement in the meetings was not welcome at all," said Ann Lee, a spokeswoman for the ethics panel.`,
			"Ann Lee", "criticizes", ""},
		{"almost no involvement is a quantity, no denial", "Harlow met lobbyist", lead +
			`"The meetings went on with almost no involvement from the panel," said Ann Lee, a spokeswoman for the ethics panel.`,
			"Ann Lee", "neutral", ""},
		{"back in after a verb of answer is no time marker", "Harlow met lobbyist", lead +
			`Senator Rita Vance hit back in a statement, calling the meetings a disgrace.`,
			"Rita Vance", "criticizes", ""},
		{"a letter asking for details demands them", "Harlow met lobbyist", lead +
			`Senator Rita Vance sent Harlow a letter on Tuesday asking for details about the meetings.`,
			"Rita Vance", "demands", "clarify"},
		{"a letter praising: its joint senders respond", "Harlow met lobbyist", lead +
			`Tom Reyes and Ann Lee, who ran the panel for years, penned a letter on Friday praising Harlow as an honest public servant.`,
			"Ann Lee", "supports", ""},
		{"a letter urging: the senders demand", "Harlow met lobbyist", lead +
			`Senator Rita Vance sent a letter to the ethics panel on Friday urging it to investigate the meetings.`,
			"Rita Vance", "demands", "investigate"},
		{"the chairmen who wrote a letter are the ones named before", "Harlow met lobbyist", lead +
			"Reps. Tom Reyes, Ann Lee and Carl Obi released the panel's notes on Friday.\n\n" +
			`"The meetings with the lobbyist were a disgrace to the office," the chairmen wrote in a letter to the panel.`,
			"Carl Obi", "criticizes", ""},
		{"a letter requesting an investigation", "Harlow met lobbyist", lead +
			`Senator Rita Vance sent the ethics panel a letter requesting an investigation of the meetings.`,
			"Rita Vance", "demands", "investigate"},
		{"a part of a compound ties a judging line to the topic", "Harlow met lobbyist", lead +
			"Rain fell across the capital on Friday, flooding three streets near the river and closing the old market for the whole weekend. " +
			"Crews worked through the night to clear the drains, and the buses ran late until Sunday evening.\n\n" +
			"Schools stayed shut.\n\nSenator Rita Vance, a lobbyist-reform advocate, called it a disgrace.",
			"Rita Vance", "criticizes", ""},
		{"critical to is vital, no verdict", "Harlow met lobbyist", lead +
			`"Open records are critical to the work of the ethics panel on the meetings," said Senator Rita Vance.`,
			"Rita Vance", "neutral", ""},
		{"critical of judges", "Harlow met lobbyist", lead +
			`"I am critical of these meetings with the lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"stonewalling judges", "Harlow met lobbyist", lead +
			`"This is more stonewalling about the meetings with the lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"caving judges", "Harlow met lobbyist", lead +
			`"The panel is caving on the meetings with the lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"enough is enough", "Harlow met lobbyist", lead +
			`"Enough is enough," said Senator Rita Vance of the meetings with the lobbyist.`,
			"Rita Vance", "criticizes", ""},
		{"rushed to the subject's defense supports", "Harlow met lobbyist", lead +
			`Senator Rita Vance rushed to Harlow's defense, telling the panel: "You have wronged this man."`,
			"Rita Vance", "supports", ""},
		{"refused to come to his defense is no support", "Harlow met lobbyist", lead +
			`Senator Rita Vance refused to come to Harlow's defense, telling the panel the meetings were a mistake.`,
			"Rita Vance", "criticizes", ""},
		{"the reactor's own failure to act, told by the writer, is no verdict of his", "Harlow met lobbyist", lead +
			`Senator Rita Vance failed to mention the meetings, saying the panel will meet on Tuesday to review its rules for every member.`,
			"Rita Vance", "neutral", ""},
		{"a group's stance in the sentence before a member's neutral quote", "Harlow met lobbyist", lead +
			"Critics of the meetings were unconvinced by his answer.\n\n" +
			`"I think his intention with the lobbyist was very clear," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a group after from in the sentence before a member's neutral quote", "Harlow met lobbyist", lead +
			"The meetings drew sharp criticism from lawmakers.\n\n" +
			`"I think his intention with the lobbyist was very clear," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a guessed group reaction after from is no stance", "Harlow met lobbyist", lead +
			"The meetings would draw sharp criticism from lawmakers.\n\n" +
			`"I think his intention with the lobbyist was very clear," said Senator Rita Vance.`,
			"Rita Vance", "neutral", ""},
		{"a group's sentence turned by but holds two stances and passes none", "Harlow met lobbyist", lead +
			"Critics of the meetings were not happy with his answer, but most of them said it was enough.\n\n" +
			`"I think his intention with the lobbyist was very clear," said Senator Rita Vance.`,
			"Rita Vance", "neutral", ""},
		{"a party's stance does not pass to a member of the other party", "Harlow met lobbyist", lead +
			"Republicans were unconvinced by his answer.\n\n" +
			`"I think his intention with the lobbyist was very clear," said Senator Rita Vance, D-Ohio.`,
			"Rita Vance", "neutral", ""},
		{"unprecedented before a good praises", "Harlow met lobbyist", lead +
			`"The new ethics rules for meetings with a lobbyist bring unprecedented transparency," said Senator Rita Vance.`,
			"Rita Vance", "supports", ""},
		{"a mistake averted is no verdict", "Harlow met lobbyist", lead +
			`"The new ethics rules for meetings with a lobbyist will help us avoid the mistakes of the past and are good for the panel," said Senator Rita Vance.`,
			"Rita Vance", "supports", ""},
		{"a negated justification judges", "Harlow met lobbyist", lead +
			`"Secret meetings with a lobbyist cannot be justified," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
		{"a letter to supporters is written, no stump pitch", "Harlow met lobbyist", lead +
			`"We hoped the panel would be an ally on the meetings with the lobbyist," Rita Vance wrote in a letter to supporters.`,
			"Rita Vance", "neutral", ""},
		{"deserve better finds the subject wanting", "Harlow met lobbyist", lead +
			`"The voters deserve better than these meetings with a lobbyist," said Senator Rita Vance.`,
			"Rita Vance", "criticizes", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Extract(Doc{Title: tc.title, Text: tc.text})
			r, ok := findReaction(res.Reactions, tc.who)
			if !ok {
				t.Fatalf("no reaction by %q in %+v", tc.who, res.Reactions)
			}
			if r.Stance != tc.stance || r.Action != tc.action {
				t.Errorf("%s: got %s/%s, want %s/%s (%q)", tc.who, r.Stance, r.Action, tc.stance, tc.action, r.Quote)
			}
		})
	}
}

func TestReactionExclusions(t *testing.T) {
	const lead = "Governor Alan Fisk vetoed the water bill on Monday, ending a year of talks over the state reservoir plan.\n\n"
	tests := []struct {
		name, title, text, notWho string
	}{
		{"a photo gallery's captions are page furniture", "Fisk vetoes water bill", lead +
			`Photos: Water fights Mayor Lisa Grant called the water bill veto "a terrible mistake for every town" at a rally. Hide Caption 3 of 12 Photos: Water fights The state reservoir in spring.`, "Lisa Grant"},
		{"a title name inside a hyphened compound is no target of the attack", "Donor attacks Fisk-Grant 'feud' over water bill", lead +
			`"The water bill goes back to the committee and the reservoir plan waits a year," Fisk said.`, "Fisk"},
		{"the object of a title denial said the words denied, before the news", "Fisk corrects Mayor Lisa Grant on water bill", lead +
			`Mayor Lisa Grant told reporters on Friday that the reservoir plan would be signed with the water bill.`, "Lisa Grant"},
		{"a participle of praise that an ad shows is no response", "Fisk vetoes water bill", lead +
			`Fisk's campaign ran an ad that shows Mayor Lisa Grant praising the water bill and the reservoir plan.`, "Lisa Grant"},
		{"a statement dated days before the dateline, and the next sentence's he said", "Fisk vetoes water bill",
			"DOVER, March 16 - Governor Alan Fisk vetoed the water bill on Monday, ending a year of talks over the state reservoir plan.\n\n" +
				`Mayor Lisa Grant, in an interview on March 11, said the water bill would pass. "The reservoir plan has every vote it needs," she said.`, "Lisa Grant"},
		{"at the time", "Fisk vetoes water bill", lead +
			`"Alan is a great partner on water and the reservoir plan," said Mayor Lisa Grant at the time.`, "Lisa Grant"},
		{"last year", "Fisk vetoes water bill", lead +
			`"The reservoir plan is the best thing for the water supply," Ben Ortega said last year.`, "Ben Ortega"},
		{"the subject the lead names explains itself", "Lawmakers pass water bill",
			"Lawmakers passed a water bill on Monday that gives Governor Alan Fisk new power over the state reservoir.\n\n" +
				`"This bill gives me the tools to manage the reservoir and the water supply for every town," Fisk said.`, "Alan Fisk"},
		{"past perfect", "Fisk vetoes water bill", lead +
			`Senator Ruth Abel had criticized the water bill as a reckless giveaway to the reservoir builders.`, "Ruth Abel"},
		{"has said is a position stated before", "Fisk vetoes water bill", lead +
			`Senator Ruth Abel has said the reservoir plan is a reckless giveaway to the builders of the water bill.`, "Ruth Abel"},
		{"in a year-dated interview", "Fisk vetoes water bill", lead +
			`In a 2011 interview, Senator Ruth Abel criticized the reservoir plan as a reckless giveaway to the builders. The water bill was drafted in 2014.`, "Ruth Abel"},
		{"that year", "Fisk vetoes water bill", lead +
			`The first reservoir plan was drafted in 2009. Later that year, Mayor Tom Quill said the reservoir plan was a reckless giveaway to the builders.`, "Tom Quill"},
		{"earlier this month", "Fisk vetoes water bill", lead +
			`Mayor Tom Quill said earlier this month that the reservoir plan was a reckless giveaway to the builders.`, "Tom Quill"},
		{"a group quantifier names no single source", "Fisk vetoes water bill", lead +
			`Both women flatly denied any deal over the water bill and the reservoir plan.`, "Both women"},
		{"a phrase cut after its number names nobody", "Fisk vetoes water bill", lead +
			`"The water bill veto is a reckless blow to the reservoir plan," the Assembly's No. 3 Democrat said.`, "3 Democrat"},
		{"a linked headline in parentheses", "Fisk vetoes water bill", lead +
			"( Also on THE VALLEY: Quill slams Fisk over the water bill veto)\n\nThe reservoir plan now waits a year.", "Quill"},
		{"question", "Fisk vetoes water bill", lead +
			`"What will you do about the water bill and the reservoir?" asked Senator Kim Shaw.`, "Kim Shaw"},
		{"newsmaker", "Fisk says water bill too costly", lead +
			`"The water bill costs too much and the reservoir plan is not ready," Fisk said.`, "Alan Fisk"},
		{"off topic", "Fisk vetoes water bill", lead +
			"The bill would have raised fees for farms and towns across the valley to pay for new pipes, pumps and a second dam on the river near the capital.\n\n" +
			`Separately, spokesman Joe Rossi told reporters that the hospital wing would open in spring as planned by the board.`, "Joe Rossi"},
		{"short phrase", "Fisk vetoes water bill", lead +
			`Mark Hale once described the reservoir as "big."`, "Mark Hale"},
		{"a noun phrase that heads no source", "Fisk vetoes water bill", lead +
			`The November vote on the water bill backs "the inherent right of all towns to the reservoir," and leaves the plan to the state.`, "November vote"},
		{"a response word used as a noun", "Fisk vetoes water bill", lead +
			`After the Fisk attacks on the water bill, a new fight over the reservoir comes into view.`, "Fisk"},
		{"passive target", "Fisk vetoes water bill", lead +
			`The water bill was criticized by many residents, and Fisk was praised by farmers.`, "Alan Fisk"},
		{"denied a thing withheld", "Fisk vetoes water bill", lead +
			`Water board member Ray Tull, charged with fraud in the reservoir plan, was arrested Monday in Salem and denied bail.`, "Ray Tull"},
		{"an if-clause says nothing", "Fisk vetoes water bill", lead +
			`If the mayor, Tom Quill, starts denying the costs of the water bill and the reservoir plan, the council will lose patience with him.`, "Tom Quill"},
		{"a lone role word opening the sentence", "Fisk vetoes water bill", lead +
			`Judge denies the water board's request to halt the reservoir plan after the veto of the water bill.`, "Judge"},
		{"a preposition's object is no subject", "Fisk vetoes water bill", lead +
			`Thousands marched in Salem on the opening day of the new Water Council defending the veto of the water bill and the reservoir plan.`, "Water Council"},
		{"a headline in capitals", "Fisk vetoes water bill", lead +
			"ROSS WANTS FISK TO TESTIFY ON WATER BILL\n\nThe committee will meet on Friday to hear from the reservoir board.", "ROSS"},
		{"a quantifier opens no name", "Fisk vetoes water bill", lead +
			`Each man said the water bill was sound and denied any wrongdoing over the reservoir plan.`, "Each"},
		{"a correspondent reports", "Fisk vetoes water bill", lead +
			`"The council members were all over the place on the water bill today," CBS correspondent Ann Lowe reported after the vote on the reservoir plan.`, "Ann Lowe"},
		{"an editor's note", "Fisk vetoes water bill", lead +
			`Editor's note: Mary Ruiz is a columnist for the Daily Post. She says the water bill and the reservoir plan are shameful and reckless.`, "Mary Ruiz"},
		{"an unnamed source of the lead sentence is the newsmaker", "White House drops water rule",
			"A senior White House official said on Monday that dropping the water rule was a great and excellent move for farms across the country.\n\n" +
				"Farmers met in Salem on Tuesday to discuss the water rule.", "White House official"},
		{"no response is no reaction", "Fisk vetoes water bill", lead +
			`Water board chief Dan Ruiz has not responded to questions about the water bill and the reservoir plan this week.`, "Dan Ruiz"},
		{"linked headlines before MORE", "Fisk vetoes water bill", lead +
			`Sen. Kim Shaw Kimberly Ann ShawShaw says water bill veto is 'shameful and reckless' Farm groups back reservoir plan MORE (D-Ore.) met farmers on Monday to talk about the reservoir plan.`, "Shaw"},
		{"a news outlet reports", "Fisk vetoes water bill", lead +
			`The Valley Herald says the water bill was a great deal for farms and that the reservoir plan will now wait a year.`, "Valley Herald"},
		{"a group named after a person", "Fisk vetoes water bill", lead +
			`Fisk supporters rejected the charge that the water bill veto was a favor, and said the reservoir plan was dead.`, "Alan Fisk"},
		{"sources close to a person speak, not the person", "Fisk vetoes water bill", lead +
			`Sources close to Senator Nora Plum said she was furious about the veto of the water bill and the reservoir plan.`, "Nora Plum"},
		{"people in a body speak, not the body", "Fisk vetoes water bill", lead +
			`Farmers in the Valley Council said the veto of the water bill was a reckless blow to the reservoir plan.`, "Valley Council"},
		{"an office before a press secretary says nothing itself", "Fisk vetoes water bill", lead +
			`"The veto of the water bill was a reckless blow to the reservoir plan," Water Board press secretary Dana Moreno said Monday at her briefing.`, "Water Board"},
		{"a person's campaign beside the person is one reactor", "Fisk vetoes water bill", lead +
			`Senator Ruth Abel blasted the veto as a reckless blow to the reservoir plan. The Abel campaign said the water bill veto was a shameful and reckless act.`, "Abel campaign"},
		{"a praise verb in an object relative clause describes, no response", "Fisk vetoes water bill", lead +
			`Farmers cheered Ruth Abel, whom Mayor Tom Quill praised as a great friend of the reservoir plan, at the water bill rally.`, "Tom Quill"},
		{"a quote labelling a person is not theirs", "Fisk vetoes water bill", lead +
			"Senator Ruth Abel toured the reservoir on Sunday.\n\nAt the water bill rally, the head of the farm lobby angrily called Abel “a reckless and shameful enemy of the reservoir plan.”", "Ruth Abel"},
		{"a judge deciding the case rules, no reaction", "Fisk vetoes water bill", lead +
			`At Monday's hearing on the farmers' suit, Judge Nora Pratt said the veto of the water bill "looks reckless and unlawful" and questioned the reservoir plan.`, "Nora Pratt"},
		{"the addressee of a letter is no subject", "Fisk vetoes water bill", lead +
			`Farm groups sent a letter to Water Board chief Dan Ruiz demanding all records on the water bill and the reservoir plan.`, "Dan Ruiz"},
		{"a verb of allegiance in a who-clause describes the person", "Fisk vetoes water bill", lead +
			`Farmers met Senator Ruth Abel, who supports the reservoir plan, at the water bill rally in Salem.`, "Ruth Abel"},
		{"a verb's object before a participle cue is not its speaker", "Fisk vetoes water bill", lead +
			`The farm lobby sued Water Board chief Dan Ruiz, saying the veto of the water bill was a reckless blow to the reservoir plan.`, "Dan Ruiz"},
		{"a negative quantifier names nobody", "Fisk vetoes water bill", lead +
			`No Valley lawmaker has criticized the veto of the water bill or the reservoir plan so far.`, "lawmaker"},
		{"a spelled fraction names a group", "Fisk vetoes water bill", lead +
			`Two-thirds said the veto of the water bill was a reckless blow to the reservoir plan, the Valley poll found.`, "Two-thirds"},
		{"a clause cut into a descriptor names nobody", "Fisk vetoes water bill", lead +
			`Mayor Tom Quill admitted he had no idea whether the water bill would include Republican demands to block the reservoir plan.`, "Republican"},
		{"a word marked as the first version is background", "Fisk vetoes water bill", lead +
			`The Valley Farm Council initially praised the veto of the water bill as a great relief for the reservoir plan.`, "Farm Council"},
		{"the addressee of a letter, past an and inside the role", "Fisk vetoes water bill", lead +
			`Farm groups sent a letter to Fisk and Water Board chief Dan Ruiz demanding all records on the water bill and the reservoir plan.`, "Dan Ruiz"},
		{"added with a thing as its object is an act", "Fisk vetoes water bill", lead +
			`Water Board chief Dan Ruiz added a new clause to the reservoir plan after the veto of the water bill.`, "Dan Ruiz"},
		{"a question in the narration is the writer's", "Fisk vetoes water bill", lead +
			`So Water Board chief Dan Ruiz says the veto of the water bill was good for the reservoir plan?`, "Dan Ruiz"},
		{"a negated denial answers nothing", "Fisk vetoes water bill", lead +
			`The Water Board did not deny the report that it lobbied against the water bill and the reservoir plan.`, "Water Board"},
		{"an including list on the object's plural noun", "Fisk vetoes water bill", lead +
			`Farm groups rejected demands from local leaders, including Mayor Tom Quill, to revive the water bill and the reservoir plan.`, "Tom Quill"},
		{"a conditional clause after the main one says nothing", "Fisk vetoes water bill", lead +
			`The reservoir plan will stall for a year if Mayor Tom Quill refuses to sign the water bill.`, "Tom Quill"},
		{"a wish in a clause of time tells of an aim", "Fisk vetoes water bill", lead +
			`The reservoir board met on Tuesday, and Water Board chief Dan Ruiz could buy land for the reservoir plan whenever he wanted, under the water bill.`, "Dan Ruiz"},
		{"a speech verb after a modal is imagined", "Fisk vetoes water bill", lead +
			`Mayor Tom Quill would tell reporters that the veto of the water bill was a reckless blow to the reservoir plan, aides said.`, "Tom Quill"},
		{"the subject of a passive told heard the words", "Fisk vetoes water bill", lead +
			`Water Board chief Dan Ruiz was told that the veto of the water bill would stall the reservoir plan.`, "Dan Ruiz"},
		{"a descriptor source named in the title is the news's author", "Water Board drops reservoir plan",
			"The reservoir plan is dead after a year of talks over the water bill and the state budget.\n\n" +
				`The Water Board said on Tuesday that the reservoir plan was a great idea and an excellent plan, but too costly for the state.`, "Water Board"},
		{"a neutral pitch told to supporters at a rally", "Fisk vetoes water bill", lead +
			`"Your vote on the water bill is going to matter tomorrow because the whole state is watching the reservoir plan," Mayor Lisa Grant told supporters at a rally.`, "Lisa Grant"},
		{"a person's name broken by a quoted nickname before of and a place is no organisation", "Fisk vetoes water bill", lead +
			`The veto drew immediate criticism from the Republican chairman of the House Water Committee, Rep. Howard "Buck" Quist of California, who said the reservoir plan was now a reckless waste of a decade of work.`, "of California"},
		{"a common word opening the sentence", "Fisk vetoes water bill", lead +
			`Debate appearances also allow him to attack the "reckless and shameful water bill that wastes the reservoir."`, "Debate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Extract(Doc{Title: tc.title, Text: tc.text})
			if r, ok := findReaction(res.Reactions, tc.notWho); ok {
				t.Errorf("unexpected reaction %+v", r)
			}
		})
	}
}

func TestReactionOnePerReactor(t *testing.T) {
	text := "Attorney General John Harlow met twice with a foreign lobbyist and did not disclose the meetings.\n\n" +
		`Senator Mary Kowalski said the meetings were "a disgrace to the office." ` +
		`"He should resign today," Kowalski said. ` +
		`Kowalski later told reporters that the meetings were troubling for the whole department.` + "\n\n" +
		`A White House official said the meetings were routine. The official said Harlow did nothing wrong in the meetings.`
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	seen := map[string]int{}
	for _, r := range res.Reactions {
		seen[r.Who]++
	}
	for who, n := range seen {
		if n > 1 {
			t.Errorf("%s has %d reactions", who, n)
		}
	}
	r, ok := findReaction(res.Reactions, "Mary Kowalski")
	if !ok || r.Stance != "demands" || r.Action != "resign" {
		t.Errorf("Kowalski: %+v", r)
	}
	if r.Role != "Senator" {
		t.Errorf("Kowalski role %q, want Senator", r.Role)
	}
	if _, ok := findReaction(res.Reactions, "White House official"); !ok {
		t.Errorf("no White House official in %+v", res.Reactions)
	}
	if n := seen["official"]; n > 0 {
		t.Errorf("the bare official became its own reactor: %+v", res.Reactions)
	}
}

func TestReactionsEmpty(t *testing.T) {
	for _, text := range []string{"", "Nothing happened.", `"Quoted," he said.`} {
		res := Extract(Doc{Text: text})
		if res.Reactions == nil {
			t.Errorf("%q: nil reactions, want an empty list", text)
		}
	}
}

func TestMergeRanges(t *testing.T) {
	got := mergeRanges([][2]int{{5, 9}, {0, 3}, {2, 4}, {8, 12}})
	want := [][2]int{{0, 4}, {5, 12}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("mergeRanges = %v, want %v", got, want)
	}
}

func FuzzReactions(f *testing.F) {
	f.Add("Harlow met a lobbyist", `Senator Mary Kowalski called for Harlow's resignation. "It is false," Harlow said.`)
	f.Add("", `Leading Democrats, including A B and C D, called for`)
	f.Add("X fires back", `"...," said the official. The official, who`)
	f.Fuzz(func(t *testing.T, title, text string) {
		res := Extract(Doc{Title: title, Text: text})
		seen := map[string]bool{}
		for _, r := range res.Reactions {
			if r.Who == "" {
				t.Fatalf("empty reactor in %+v", r)
			}
			switch r.Stance {
			case "supports", "criticizes", "demands", "denies", "neutral":
			default:
				t.Fatalf("bad stance %q", r.Stance)
			}
			if (r.Action != "") != (r.Stance == "demands") {
				t.Fatalf("action %q with stance %q", r.Action, r.Stance)
			}
			if seen[r.Who] {
				t.Fatalf("two reactions by %q", r.Who)
			}
			seen[r.Who] = true
		}
	})
}

// BenchmarkReactions times the reactions pass alone over the dev texts
// (compare with BenchmarkExtract for its share of the extractor's time).
func BenchmarkReactions(b *testing.B) {
	texts := devTexts(b)
	ans := make([]*analysis, len(texts))
	size := 0
	for i, t := range texts {
		ans[i] = analyse(t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, an := range ans {
			an.reactions("", "")
		}
	}
}

// The evidence shows the stance decided, not the reactor's strongest
// statement of another stance.
func TestReactionEvidenceShowsStance(t *testing.T) {
	text := "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings.\n\n" +
		"Harlow defended and praised his aide Tom Ruiz on Monday at a dinner for the lobbyist's firm.\n\n" +
		`"The claims about the meetings are false and baseless," Harlow said.`
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	r, ok := findReaction(res.Reactions, "John Harlow")
	if !ok || r.Stance != "denies" {
		t.Fatalf("Harlow: %+v in %+v", r, res.Reactions)
	}
	if !strings.Contains(r.Quote, "false") {
		t.Errorf("evidence %q does not show the denial", r.Quote)
	}
}

// "the Ohio Democrat" after a sentence about Rita Vance is Vance, and so
// is the quote that continues it.
func TestReactionEpithet(t *testing.T) {
	text := "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings.\n\n" +
		"Rita Vance spoke to voters in Dayton on Monday about the meetings.\n\n" +
		"“The meetings with the lobbyist are a disgrace to the office and a shameful mistake,” the Ohio Democrat said. “The whole department is worse for them.”"
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Democrat"); ok {
		t.Errorf("epithet as its own reactor: %+v", r)
	}
	if r, ok := findReaction(res.Reactions, "Rita Vance"); !ok || r.Stance != "criticizes" {
		t.Errorf("Vance: %+v in %+v", r, res.Reactions)
	}
}

// A text that repeats its title over the story gives no reactor from it.
func TestReactionHeadlineLine(t *testing.T) {
	title := "Harlow intensifies FBI attacks"
	text := title + "\n\nAttorney General John Harlow told voters in Ohio on Monday that the FBI had failed the country, his third speech on the bureau this month."
	res := Extract(Doc{Title: title, Text: text})
	if r, ok := findReaction(res.Reactions, "intensifies"); ok {
		t.Errorf("reaction from the repeated headline: %+v", r)
	}
}

func TestReactionDemandOfAnother(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"Columnist Ann Lowe writes that Senator Mary Kowalski called for the resignation of Harlow over the meetings with the lobbyist."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Ann Lowe"); ok && r.Stance == "demands" {
		t.Errorf("the columnist reports another's demand, got %+v", r)
	}
	if r, ok := findReaction(res.Reactions, "Mary Kowalski"); !ok || r.Stance != "demands" {
		t.Errorf("Kowalski's demand: got %+v", res.Reactions)
	}
}

func TestReactionDescriptorAppositive(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"A senior Republican, Senator Rita Vance of Ohio, criticized the meetings with the lobbyist as a grave mistake."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "senior Republican"); ok {
		t.Errorf("the descriptor names Vance, got %+v", r)
	}
	if r, ok := findReaction(res.Reactions, "Rita Vance"); !ok || r.Stance != "criticizes" {
		t.Errorf("Vance's criticism: got %+v", res.Reactions)
	}
}

func TestReactionDescriptorAppositiveTitle(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"Another Democrat, state Sen. Rita Vance, criticized the meetings with the lobbyist as a grave mistake."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Democrat"); ok {
		t.Errorf("the descriptor names Vance, got %+v", r)
	}
	if r, ok := findReaction(res.Reactions, "Rita Vance"); !ok || r.Stance != "criticizes" {
		t.Errorf("Vance's criticism: got %+v", res.Reactions)
	}
}

func TestReactionOutletJournalist(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"NPR's Ann Lowe said the meetings of Harlow with the lobbyist were a grave mistake for the department and the panel.\n\n" +
		"It's time Senator Rita Vance said the meetings of Harlow with the lobbyist were a grave mistake for the department."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Ann Lowe"); ok {
		t.Errorf("the outlet's journalist reports, got %+v", r)
	}
	if _, ok := findReaction(res.Reactions, "Rita Vance"); !ok {
		t.Errorf("a lower-case 'time' is no outlet: got %+v", res.Reactions)
	}
}

func TestReactionJointSources(t *testing.T) {
	const lead = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n"
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: lead +
		"Senator Rita Vance of Ohio, Senator Lena Ortega and the panel's ranking Democrat, Senator Ed Moss of Iowa, said in a joint statement that the meetings with the lobbyist were a grave mistake and an embarrassment to the department."})
	for _, who := range []string{"Rita Vance", "Ed Moss", "Lena Ortega"} {
		if r, ok := findReaction(res.Reactions, who); !ok || r.Stance != "criticizes" {
			t.Errorf("%s spoke the joint statement: got %+v", who, res.Reactions)
		}
	}
	res = Extract(Doc{Title: "Harlow met lobbyist", Text: lead +
		"After meeting Senator Rita Vance, Senator Ed Moss and Senator Lena Ortega said the meetings with the lobbyist were a grave mistake and an embarrassment to the department."})
	if r, ok := findReaction(res.Reactions, "Rita Vance"); ok {
		t.Errorf("a preposition's object is no joint source: got %+v", r)
	}
}

func TestReactionNotSaidOrDone(t *testing.T) {
	const lead = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n"
	for _, tc := range []struct{ name, text, who string }{
		{"is said to: a report about someone, not his words",
			"Senator Ed Moss is said to have called the meetings with the lobbyist a disgrace.", "Ed Moss"},
		{"a comma alone joins no list of subjects",
			"After a long meeting with Senator Rita Vance, Senator Ed Moss criticized the meetings with the lobbyist.", "Rita Vance"},
		{"an and before a phrase's noun joins no list of subjects",
			"Following a meeting of senators and Senator Ed Moss, Senator Rita Vance criticized the meetings with the lobbyist.", "Ed Moss"},
		{"a gerund after a preposition is an act talked about",
			"Some members said that two aides, Rita Vance and Ed Moss, would feel less constrained about criticizing the meetings with the lobbyist.", "Ed Moss"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Extract(Doc{Title: "Harlow met lobbyist", Text: lead + tc.text})
			if r, ok := findReaction(res.Reactions, tc.who); ok {
				t.Errorf("%s: no reaction, got %+v", tc.who, r)
			}
		})
	}
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: lead +
		"Senator Rita Vance, Senator Ed Moss and others criticized the meetings with the lobbyist."})
	for _, who := range []string{"Rita Vance", "Ed Moss"} {
		if r, ok := findReaction(res.Reactions, who); !ok || r.Stance != "criticizes" {
			t.Errorf("%s is one of the list: got %+v", who, res.Reactions)
		}
	}
}

func TestReactionTopicInflection(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"The weather in the capital was cold and wet on Tuesday, and the trains ran late all morning.\n\n" +
		"A new bakery opened on Main Street, selling bread and cakes to a long line of customers.\n\n" +
		"The city council will vote on the bus routes next month, after a round of public hearings.\n\n" +
		"\"Disclosing nothing to anyone for two years is a disgrace,\" said Senator Rita Vance."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Rita Vance"); !ok || r.Stance != "criticizes" {
		t.Errorf("\"disclosing\" is the lead's \"disclose\": got %+v", res.Reactions)
	}
}

func TestReactionLeadSourceOfRespondingTitle(t *testing.T) {
	const text = "Senator Rita Vance said on Monday that the meetings of Attorney General John Harlow with a foreign lobbyist were \"a disgrace\" and an insult to the ethics panel.\n\n" +
		"Harlow has not commented on the meetings."
	res := Extract(Doc{Title: "Senators slam Harlow over lobbyist meetings", Text: text})
	if r, ok := findReaction(res.Reactions, "Rita Vance"); !ok || r.Stance != "criticizes" {
		t.Errorf("the title's verb is a response, so the lead's source responds: got %+v", res.Reactions)
	}
}

func TestReactionTitlePassiveTarget(t *testing.T) {
	const text = "The ethics panel on Monday censured Attorney General John Harlow for meeting a foreign lobbyist twice without telling it.\n\n" +
		"Harlow called the censure \"a partisan stunt\" and said the panel had treated him unfairly."
	res := Extract(Doc{Title: "Harlow censured by ethics panel over lobbyist meetings", Text: text})
	if r, ok := findReaction(res.Reactions, "John Harlow"); !ok || r.Stance != "criticizes" {
		t.Errorf("the one the title's passive acts on answers it: got %+v", res.Reactions)
	}
}

func TestReactionTitleListVerb(t *testing.T) {
	const text = "Senator Rita Vance said the ethics panel had done \"excellent work\" on the meetings of Attorney General John Harlow with a foreign lobbyist, while Senator Ed Moss praised its staff.\n\n" +
		"Harlow has not commented on the meetings."
	res := Extract(Doc{Title: "Vance, Moss Back Ethics Panel Over Harlow Meetings", Text: text})
	for _, who := range []string{"Rita Vance", "Ed Moss"} {
		if r, ok := findReaction(res.Reactions, who); !ok || r.Stance != "supports" {
			t.Errorf("%s: the title's verb after a list of names is each one's: got %+v", who, res.Reactions)
		}
	}
}

func TestReactionNomineeEpithet(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"Senator Ed Moss won the Republican primary for governor last month.\n\n" +
		"The GOP nominee said the meetings with the lobbyist were a disgrace."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "GOP nominee"); ok {
		t.Errorf("the epithet names Moss, got %+v", r)
	}
	if r, ok := findReaction(res.Reactions, "Ed Moss"); !ok || r.Stance != "criticizes" {
		t.Errorf("Moss's criticism: got %+v", res.Reactions)
	}
}

func TestReactionBenchAppositive(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"A similar rule was struck down in 2016 by a federal judge, Ann Lowe, who found it unconstitutional.\n\n" +
		"She wrote that the meetings with the lobbyist were \"a grave mistake\" of the department."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Ann Lowe"); ok {
		t.Errorf("a judge named in apposition rules, she does not react: got %+v", r)
	}
}

func TestReactionOutletStaff(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"In an interview, a Times writer said Harlow had called the meetings with the lobbyist a grave mistake of his office."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Times writer"); ok {
		t.Errorf("the outlet's writer asks and reports: got %+v", r)
	}
}

// A phrase cut inside a person's name (a surname that is also a modal,
// "May") is that person, not a second reactor.
func TestReactionPhraseInsideName(t *testing.T) {
	text := "Police arrested the founder of the leak site at the embassy on Thursday after seven years inside.\n\n" +
		`Prime Minister Anna May welcomed the arrest, saying it showed that "in this country, no one is above the law".`
	res := Extract(Doc{Title: "Leak site founder arrested at embassy", Text: text})
	for _, r := range res.Reactions {
		if r.Who != "Anna May" && strings.Contains(r.Who, "Anna") {
			t.Errorf("a cut name became a reactor: %+v", res.Reactions)
		}
	}
}

func TestReactionLowerCaseOfficial(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"A senior department official disputed the notion that the meetings with the lobbyist broke any rule, saying they were routine.\n\n" +
		"A senior department aide said the panel would meet on Friday."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "senior department official"); !ok || r.Stance != "denies" {
		t.Errorf("an unnamed official's denial: got %+v", res.Reactions)
	}
	if r, ok := findReaction(res.Reactions, "senior department aide"); ok {
		t.Errorf("a plain statement of fact by an unnamed aide is no reaction: got %+v", r)
	}
}

func TestReactionCountryBody(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"\"The meetings with the lobbyist are a disgrace,\" Chile's Foreign Ministry said.\n\n" +
		"Harlow's office said the meetings were routine."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "Chile's Foreign Ministry"); !ok || r.Stance != "criticizes" {
		t.Errorf("a country's ministry reacts: got %+v", res.Reactions)
	}
	if r, ok := findReaction(res.Reactions, "Harlow's office"); ok {
		t.Errorf("a person's office speaks for the person: got %+v", r)
	}
}

func TestReactionDefiniteOfficialIntroduced(t *testing.T) {
	const text = "Attorney General John Harlow met twice with a foreign lobbyist, records show, and did not disclose the meetings to the ethics panel.\n\n" +
		"The meetings drew criticism from a senior panel aide.\n\n" +
		"\"The meetings with the lobbyist were a disgrace,\" the aide said."
	res := Extract(Doc{Title: "Harlow met lobbyist", Text: text})
	if r, ok := findReaction(res.Reactions, "senior panel aide"); !ok || r.Stance != "criticizes" {
		t.Errorf("the aide the article introduced before: got %+v", res.Reactions)
	}
}
