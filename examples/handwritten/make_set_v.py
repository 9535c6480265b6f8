# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys
from markup import write_set
T = []

# 1. US, ICU nurse, Columbus OH
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure. I'm [[Dana Whitfield|PERSON]], I'm [[38|AGE]], and I'm a [[critical care nurse|JOB_TITLE]] at [[Riverside Methodist|ORGANIZATION]] in [[Columbus|CITY]]. I've been on the same ICU since [[2015|DATE]]. I did nights for years, then switched to days after my youngest, [[Eli|PERSON]], was born, because my husband [[Marcus|PERSON]] works overnights at the [[Amazon|ORGANIZATION]] warehouse out by the airport and somebody had to be awake for daycare pickup. So it's three twelves a week now, usually [[Tuesday|GENERIC_TIME]] through [[Thursday|GENERIC_TIME]].

AI: How does AI show up in your work day to day?

User: More than I expected, honestly. The hospital switched on an ambient listening feature in [[Epic|SOFTWARE]] back in [[October 2023|DATE]], so the physicians' notes get drafted while they talk to the patient. We don't have that for nursing documentation yet. But on our own phones a lot of us use [[ChatGPT|AI_PRODUCT]] for patient education. Say I've got a family who's terrified about a central line, I'll ask it to explain what a central line does at a sixth-grade reading level, then I fix whatever it gets wrong. Never names, never room numbers. Our [[charge nurse|JOB_TITLE]], [[Deb Kowalski|PERSON]], would skin me alive.

AI: [[Deb|PERSON]] sounds like she keeps people in line.

User: Oh, [[Deb|PERSON]] is the best. She's been doing this for thirty-some years and she calls every AI thing "the robot." She made a rule at huddle back in [[January|GENERIC_TIME]]: if you use the robot for anything a patient will read, you read every line out loud to another RN first. That came out of a near miss. One of our new grads, [[Kayleigh|PERSON]], sweet kid, asked [[Gemini|AI_PRODUCT]] to make a simple insulin sheet for a guy going home, and it pulled sliding-scale numbers from some generic example that had nothing to do with his orders. [[Kayleigh|PERSON]] didn't catch it, [[Deb|PERSON]] did, at the printer. It never left the unit, but it scared all of us. Our [[unit manager|GENERIC_ROLE]] sent a long email afterwards and then the [[CNO|GENERIC_ROLE]] did a whole town hall about it.

AI: Did that change how you personally use these tools?

User: I'm slower with it now, which is probably good. I use it for stuff around the edges: rewording a handout, making a checklist for a family, drafting my self-evaluation for my annual review, which I hate writing. I also used it to quiz me before my CCRN renewal. And at home, my older one, [[Jaden|PERSON]], is [[11|AGE]] and had a science fair project on water filters, and we sat at the kitchen table with [[Copilot|AI_PRODUCT]] on the family laptop brainstorming. He thought it was magic. I made him check every fact in an actual book, which he thought was the opposite of magic.

AI: Is there anything the hospital provides officially, beyond the feature in [[Epic|SOFTWARE]]?

User: There's an enterprise version of [[Copilot|AI_PRODUCT]] we're supposed to use instead of [[ChatGPT|AI_PRODUCT]], because it's behind the firewall, and IT sends a reminder about it basically every [[Monday|GENERIC_TIME]]. Half the unit doesn't know their login. I emailed [[Priyanka|PERSON]] in clinical informatics about getting someone to do a training on the floor instead of a forty-minute module. She's really into this stuff, she'd probably talk to you. Her address is something like [[priyanka dot rao at rmh-nursing dot org|OBF_EMAIL|spelled_at_dot]], but don't hold me to the second half. Or text me and I'll connect you, my cell is [[614-555-0139|PHONE_NUMBER]].

AI: Thanks, [[Dana|PERSON]]. Looking ahead, what excites you about this and what worries you?

User: What excites me is charting. If it could take even an hour of documentation off a twelve-hour shift, that's an hour back with patients, or an hour where I actually eat lunch. What worries me is administration looking at that hour and deciding it means we can take a third patient. I heard [[Sam Altman|PUBLIC_FIGURE]] on some podcast saying AI will make everyone more productive, and I just thought, productive for who? [[Marcus|PERSON]] says I'm a cynic. I've been a [[bedside nurse|JOB_TITLE]] since I was [[twenty-four|AGE]], so I've earned a little cynicism.""")

# 2. UK, secondary English teacher, Leeds
T.append("""AI: Hello, and thanks for joining. Could you start by telling me about your role?

User: Yeah, of course. I'm [[Rhiannon Pryce|PERSON]], I'm an [[English teacher|JOB_TITLE]] at [[Kirkstall Valley Academy|SCHOOL]] in [[Leeds|CITY]], which is part of the [[Aire Learning Trust|ORGANIZATION]]. I'm [[thirty-four|AGE]], I've been teaching since [[September 2015|DATE]], and for the last two years I've also been [[second in department|JOB_TITLE]], which mostly means I do the spreadsheets nobody else wants to do. I did my PGCE at [[Leeds Trinity|SCHOOL]], so I've never really left [[Yorkshire|CITY]].

AI: And where does AI come into that?

User: Mostly planning, a bit of marking. For planning I use [[Aila|AI_PRODUCT]], the assistant [[Oak National Academy|ORGANIZATION]] put out, because it's built around the national curriculum and the quizzes it makes are roughly pitched right. I'll use [[ChatGPT|AI_PRODUCT]] for differentiated versions of a text, so the same extract at three reading levels for my Year 9s. Marking is where I'm more careful. I'll paste in anonymised paragraphs, no names, and ask for feedback against the mark scheme, then compare it with what I'd have said. Sometimes it's spot on, sometimes it gives a grade 7 to something that's clearly a 4.

AI: Does your school have a policy on any of this?

User: We do now. Our [[head of department|GENERIC_ROLE]], Mr [[Okafor|PERSON]], pushed for one after a parent complained in [[November|GENERIC_TIME]]. A Year 11's coursework came back with a comment that was obviously machine-written, "Great use of imagery, consider expanding your analysis," the kind of thing that could apply to literally anything, and the mum was furious. Fair enough, honestly. So now any AI feedback has to be edited and signed off by the teacher, and nothing with a student's name or SEN information goes into a public tool. [[Okafor|PERSON]]'s quite old-school, but he's not anti, he just wants it written down.

AI: You mentioned Mr [[Okafor|PERSON]] pushed for that. Who else on the team is involved?

User: [[Bex|PERSON]], our [[teaching assistant|JOB_TITLE]], is honestly the most advanced user in the building. She built a set of prompts for our EAL kids that simplify the vocabulary but keep the meaning, and she shares them in a [[Google Doc|SOFTWARE]] for the whole department. Then there's [[Tom Haigh|PERSON]] in history, who refuses to touch any of it on principle. He sends round articles by [[Daisy Christodoulou|PUBLIC_FIGURE]] about assessment and we all argue about them in the staffroom on [[Friday|GENERIC_TIME]] afternoons. It's quite healthy, actually.

AI: Has it changed your workload?

User: It's given me my [[Sunday|GENERIC_TIME]] evenings back, mostly. I used to plan for three hours every [[Sunday|GENERIC_TIME]] while my partner, [[Jen|PERSON]], watched telly on her own. Now it's more like an hour, and most of that is me fixing what [[Aila|AI_PRODUCT]] produced. [[Jen|PERSON]]'s a [[solicitor|JOB_TITLE]] and she's much more sceptical than me, she reckons it'll come for teachers before it comes for lawyers. Marking hasn't really shrunk though. In exam season it's still about forty percent of my week.

AI: That's a big difference, [[Rhiannon|PERSON]]. Is there anything you'd want the people designing these tools to know?

User: That teachers aren't short of content, we're short of time. The tools that work are the ones that sit inside [[Google Classroom|SOFTWARE]] and don't make me log in to yet another thing. And I'm happy to be contacted for follow-ups, my school address is [[r.pryce [at] kvacademy [dot] org [dot] uk|OBF_EMAIL|bracket_at_dot]]. I write it like that because our trust's web filter eats anything that looks like an email in a form, don't ask. Oh, and I'd love to see [[Bridget Phillipson|PUBLIC_FIGURE]], or whoever's in charge next, spend an actual day in a school before announcing another AI pilot. Sorry, that's my soapbox.""")

# 3. Canada, master electrician / owner, Winnipeg
T.append("""AI: Thanks for joining. Can you tell me a little about yourself and your business?

User: Yeah, no problem. [[Curtis Bergmann|PERSON]], I'm a [[master electrician|JOB_TITLE]] and I run [[Bergmann Electric|ORGANIZATION]] out of [[Winnipeg|CITY]]. It was my dad's outfit, I took it over in [[2009|DATE]] when his knees gave out. It's me, two journeymen, an [[apprentice|JOB_TITLE]], and my wife [[Sandra|PERSON]], who does the books and basically runs everything that isn't wires. I'm [[fifty-two|AGE]], so I'm probably not who you'd expect to be using this stuff.

AI: So how did you end up using AI?

User: My [[apprentice|JOB_TITLE]], [[Tyler|PERSON]], showed me. He's [[nineteen|AGE]], he does everything on his phone. We were sitting in the truck in [[St. Vital|CITY]] waiting on a homeowner, and he asked [[ChatGPT|AI_PRODUCT]] to write up a quote from my chicken-scratch notes, and it was better than what I'd have sent. Now I do it all the time. I'll type "200 amp service upgrade, new panel, relocate meter, permit, two days" and it gives me something polite and itemized that I paste into [[Jobber|SOFTWARE]]. [[Sandy|PERSON]] still checks every number before it goes out, because it once added GST twice.

AI: What about customer messages, does it help there?

User: That's the big one, actually. People text me at all hours. Here's one from last week, I'll just paste it:
"Hi [[Curtis|PERSON]] its [[Heather Lindqvist|PERSON]] at [[87 Kingsford Ave|ADDRESS]], the panel in the basement is buzzing again and the lights flicker when the dryer runs. Is that bad?? Can someone come [[Thurs|GENERIC_TIME]]. Thx"
So I'll paste something like that into [[ChatGPT|AI_PRODUCT]], minus the address, and ask it what I should ask before I roll a truck. It's good at that. It's not good at diagnosing, and I wouldn't trust it to, but it reminds me to ask whether the breaker's warm, that kind of thing. Then I write back myself. Customers know how I talk, I don't want [[Heather|PERSON]] getting a text that sounds like it came from a bank.

AI: Have you had any problems with it?

User: A couple. It gave me a code reference once that was from the NEC, the American code, not the Canadian Electrical Code, and if I'd put that on a permit application the city would have laughed at me. [[Manitoba Hydro|ORGANIZATION]] has its own requirements too, and it doesn't know those at all. And my buddy [[Moose|PERSON]], real name's [[Darren Friesen|PERSON]], he does HVAC out in [[Steinbach|CITY]], he had it write up a lockout procedure for his guys and it was just wrong. Confidently wrong. He read it out at a toolbox talk like it was gospel, and one of his guys who's been doing it twenty years stood up and corrected him in front of everybody. [[Moose|PERSON]] has not lived that down.

AI: How does [[Sandra|PERSON]] feel about all this?

User: She's more of a fan than I am, honestly. She uses it for the invoice emails out of [[QuickBooks|SOFTWARE]] and to chase people who haven't paid, which I hate doing. She read something about [[Copilot|AI_PRODUCT]] being built into everything now and wanted to pay for it, but we're a five-person shop, we're not spending thirty bucks a head every month on something [[Tyler|PERSON]] gets for free on his phone.

AI: If we wanted to follow up with you, what's the best way?

User: Phone's best, I'm never at a desk. The office line is [[two-oh-four, five-five-five, oh-one-seven-six|OBF_PHONE|digit_words]]. I'm saying it that way because the last time I typed my number into an online form I got forty calls about duct cleaning. Or email [[Sandra|PERSON]], she'll see it before I do. And put this in your report: trades guys aren't dinosaurs. Half of us have been learning stuff off [[YouTube|SOFTWARE]] for fifteen years. This is the same thing. It's a tool in the bag. You still need to know which end of the screwdriver to hold.""")

# 4. Australia, supermarket store manager, Geelong
T.append("""AI: Thanks for taking part. Could you start by telling me what you do?

User: No worries. I'm [[Linh Tran|PERSON]], I'm [[29|AGE]], and I'm a [[store manager|JOB_TITLE]] for [[Coles|ORGANIZATION]], at the [[Waurn Ponds|CITY]] store just outside [[Geelong|CITY]]. I've been with the company since I was [[sixteen|AGE]], started on checkouts, and I've had this store since [[March 2021|DATE]]. About a hundred and ten team members, open seven days, so something's always on fire.

AI: Where does AI fit into running a store like that?

User: A lot of it is built in by head office, so I don't always think of it as AI. The ordering system forecasts how much bread and milk to get in based on the weather and school holidays, and apparently that's all machine learning. Rostering is done in [[Deputy|SOFTWARE]], and it suggests shifts now too. The bit I choose to use myself is [[Gemini|AI_PRODUCT]] on my phone. I use it to write the weekly team update, to work out how to word hard conversations, and to turn my messy notes from a store walk into a proper action list for my [[2IC|GENERIC_ROLE]], [[Mai|PERSON]].

AI: Hard conversations, can you give me an example?

User: Yeah. Last [[Christmas|GENERIC_TIME]] one of my night fill boys, [[Jonno|PERSON]], kept no-showing, and I knew something was going on at home. I didn't want to go in heavy, so I asked [[Gemini|AI_PRODUCT]] how to open that conversation without it sounding like a disciplinary. It gave me a few opening lines and I used maybe one. Turned out his mum was crook. We sorted his shifts around it. I didn't put his name or any of that in, I just said "a [[team member|GENERIC_ROLE]]". And I talked it over with [[Kirra|PERSON]], who runs night fill, because she knows him better than I do.

AI: Has head office said anything about using tools like that?

User: Oh yeah. This came through on [[Teams|SOFTWARE]] from our [[area manager|GENERIC_ROLE]] in [[May|GENERIC_TIME]], I screenshotted it, hang on:
"Hi team, quick reminder that public Gen AI tools ([[ChatGPT|AI_PRODUCT]], [[Gemini|AI_PRODUCT]] etc) are NOT to be used with customer info, [[team member|GENERIC_ROLE]] personal details or supplier pricing. Use the approved [[Copilot|AI_PRODUCT]] only. Any q's come to me. Cheers, [[Brett|PERSON]]"
So, yeah. [[Brett|PERSON]]'s fine, he's just covering himself. Most of us read that and kept using [[Gemini|AI_PRODUCT]] for the stuff that isn't sensitive.

AI: How do you feel about it all, overall?

User: Mixed. It saves me maybe four hours a week of admin, which is four hours back on the floor. But I've seen the self-checkouts, I've seen the trials with the cameras that watch for theft, and the checkout staff aren't stupid, they can see where it's heading. My partner [[Dylan|PERSON]] was at [[Ford|ORGANIZATION]] in [[Broadmeadows|CITY]] when the plant shut in [[2016|DATE]], so we've both seen what happens when a company decides it doesn't need as many people.

AI: That's a lot to carry, [[Linh|PERSON]]. What would make these tools more useful for someone in your position?

User: Honestly, if the rostering and the forecasting talked to each other, and if there was a version I was actually allowed to use with real team info, properly locked down. [[Mai|PERSON]] and I joke that we're going to build our own. She's doing a business degree part-time at [[Deakin|SCHOOL]], so maybe she will. If you want to follow up, mobile is easiest, it's [[０４９１ ５７０ １５８|OBF_PHONE|fullwidth_digits]]. Sorry, the numbers come out weird, my phone's been stuck in some Japanese keyboard layout since the last update. Should still work if you type it in.""")

# 5. Ireland, civil servant, Dublin
T.append("""AI: Thank you for taking part. Could you introduce yourself and your role?

User: I'm [[Aoife Brennan|PERSON]], I'm a [[Higher Executive Officer|JOB_TITLE]] in the [[Department of Social Protection|ORGANIZATION]], based in head office in [[Dublin|CITY]]. I work in pensions policy, so a lot of reading, a lot of briefing notes, a lot of drafting answers to parliamentary questions. I joined the civil service in [[2004|DATE]] as a [[clerical officer|JOB_TITLE]], straight out of [[UCD|SCHOOL]], so twenty years this year. I'm [[45|AGE]], I'll save you the maths.

AI: How does AI fit into your work?

User: Carefully, is the honest answer. We got [[Copilot|AI_PRODUCT]] as part of a pilot in [[February 2024|DATE]], about forty of us across the Department. Before that anything like [[ChatGPT|AI_PRODUCT]] was blocked on work machines, and people were quietly using it on their phones for the wording of things, never with real data. Now I use it in [[Outlook|SOFTWARE]] to summarise long email chains and in [[Word|SOFTWARE]] to get a first structure for a briefing. It's decent at "summarise this forty-page [[ESRI|ORGANIZATION]] report in five bullet points". It's less decent at knowing what the [[Minister|GENERIC_ROLE]] actually needs to hear. My [[boss|GENERIC_ROLE]], [[Siobhán Ní Bhriain|PERSON]], put our unit forward for the pilot, she's very keen. [[Niamh|PERSON]], who sits beside me, uses it more than anyone, she has it writing formulas in [[Excel|SOFTWARE]] all day. And [[Ciarán|PERSON]] won't touch it since it summarised a reply for him and left out the one number that mattered.

AI: [[Ciarán|PERSON]] sounds wary. Is that common?

User: Fairly common. There's a real worry about where the data goes, and the [[Data Protection Commission|ORGANIZATION]] is always in the back of people's minds. And the culture here is that any document could end up in front of an Oireachtas committee or on the front of the [[Irish Times|ORGANIZATION]] after a Freedom of Information request. So people are slow. Honestly, I think slow is correct for us. We're dealing with people's pensions, not selling trainers.

AI: Could you give an example of something that went wrong, or surprised you?

User: I can't share content, but here's a funny one. I asked it to draft a reply to an external stakeholder and it pulled my whole signature block into the body, and then into the summary it made for the cc list. This is what it pasted, word for word:
[[Aoife Brennan|PERSON]]
[[Higher Executive Officer|JOB_TITLE]]
[[Department of Social Protection|ORGANIZATION]]
[[Floor 4, 22 Gandon Quay|ADDRESS]], [[Dublin 1|CITY]], [[D01 K7P2|ADDRESS]]
T: [[+353 1 555 0143|PHONE_NUMBER]] | M: [[087 555 2291|PHONE_NUMBER]]
[[aoife.brennan@welfare-dsp.ie|EMAIL_ADDRESS]]
And that went to about thirty people, including my mobile, which I'd never normally give out. Nobody died. But it shows you it has no sense of what's private and what isn't.

AI: How do you see things developing over the next few years?

User: I think drafting will end up mostly machine and the job will be mostly judgement, which is what the good people were doing anyway. The risk is that new entrants never learn to write, because the machine always did the first draft. My eldest, [[Oisín|PERSON]], is [[sixteen|AGE]] and he uses it for his Leaving Cert revision in ways that slightly horrify me. I watched [[Simon Harris|PUBLIC_FIGURE]] on the news talking about AI in schools and thought, you have no idea what they're already doing with it.

AI: Thank you, [[Aoife|PERSON]], that's been really interesting.

User: Not at all. If you need me again, the email's in that signature, obviously. Just don't quote me to the Department.""")

# 6. US, freelance brand designer, Austin
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your work?

User: Hey! I'm [[Marisol Vega|PERSON]], I'm a freelance [[brand designer|JOB_TITLE]] based in [[East Austin|CITY]], and I'm [[31|AGE]]. I went out on my own in [[April 2020|DATE]], which was either the worst or the best timing ever, after four years at an agency downtown, [[Foxhollow Creative|ORGANIZATION]]. Mostly I do logos, packaging and brand systems for small food and drink companies around [[Austin|CITY]] and [[San Antonio|CITY]].

AI: How has AI changed your work?

User: It's complicated, because I have feelings about it. On the practical side, I use [[Photoshop|SOFTWARE]]'s generative fill basically daily for mockups, like extending a background or removing a random coffee cup from a product shot. I use [[ChatGPT|AI_PRODUCT]] for the words around the design: proposals, brand story drafts, the dreaded "about us" page. I've played with [[Midjourney|AI_PRODUCT]] for moodboards, but nothing from it goes into final work. A lot of my friends are illustrators and they're furious, rightfully, about their work being scraped. People used to type "in the style of [[Greg Rutkowski|PUBLIC_FIGURE]]" into these things, and now my studio-mate [[Bo|PERSON]] has found prompts online with his own name in them. [[Bo|PERSON]]'s a tiny illustrator with like nine thousand followers. It's gross.

AI: Do your clients know when you use AI?

User: I tell them. It's been in my contract since [[January 2024|DATE]]: I list the tools I use and state that no final artwork is AI-generated. Most don't care. One cared a lot, in the wrong direction. [[Brandon|PERSON]] at [[Lone Mesa Brewing|ORGANIZATION]], he's the co-owner, lovely guy, asked me to just "[[Midjourney|AI_PRODUCT]] a label" to save money, and when I said that's not how I work, he did it himself. The cowboy on the can had six fingers. They printed four thousand cans. [[Brandon|PERSON]] called me the next week, very humble. I fixed it, charged a rush fee, and we're good now. He sends me beer.

AI: What about the admin side of freelancing?

User: That's where it actually saves me. I use [[Notion AI|AI_PRODUCT]] to turn my messy call notes into a project brief, and I have [[ChatGPT|AI_PRODUCT]] draft invoice reminders that are polite but firm, because my own drafts are either doormat or unhinged. Most of my leads come from [[Instagram|SOFTWARE]], I'm [[@marisol.makes|SOCIAL_HANDLE]] there, and I'll use it to brainstorm captions, though I always rewrite them because it loves the word "elevate." My partner [[Chris|PERSON]] is an [[ER doctor|JOB_TITLE]] and works nights a lot, so I do most of this at the kitchen table at eleven p.m. with the dog judging me.

AI: How do you think about your future as a designer with these tools around?

User: Some weeks I'm scared, honestly. The bottom of the market, the two-hundred-dollar logo, that's gone. Clients who would've hired a student now just generate something. But the actual brand work, sitting with a founder who's tearing up because this salsa is their late grandma's recipe, and figuring out what that should look like on a shelf, nobody's automating that yet. I saw [[Karla Ortiz|PUBLIC_FIGURE]] speak on a panel last [[spring|GENERIC_TIME]] and she said something like, the machine can make a picture but it can't make a decision. I think about that a lot.

AI: If we'd like to follow up, how can we reach you?

User: Sure, my site is [[marisolvega.design|URL]], there's a contact form. Or email me, it's [[marisol (at) vegastudio (dot) co|OBF_EMAIL|paren_at_dot]], I write it like that everywhere because the spam bots are relentless. And honestly you should talk to my old professor at [[Texas State|SCHOOL]], Professor [[Hal Underwood|PERSON]]. He's been teaching typography for thirty years and he is extremely anti. He'd give you a great quote.""")

# 7. UK, GP practice manager, Bristol
T.append("""AI: Thanks for speaking with me. Could you tell me about your role?

User: Of course. I'm [[Nadia Hussain|PERSON]], I'm the [[practice manager|JOB_TITLE]] at [[Horfield Green Medical Practice|ORGANIZATION]] in north [[Bristol|CITY]]. We've got about eleven thousand patients, six GP partners, a few salaried GPs, a nursing team, and a reception team of nine. I've been here since [[2017|DATE]]. Before that I was in retail management at [[John Lewis|ORGANIZATION]] for years, which is better training for general practice than you'd think.

AI: Where is AI showing up in the practice?

User: Three places, really. The biggest is [[Heidi|AI_PRODUCT]], the AI scribe, which listens to the consultation and drafts the notes. Two of our GPs trialled it from [[September|GENERIC_TIME]] and now most of the clinicians use it. Second is triage: patients fill in an online form through [[Accurx|SOFTWARE]] and it helps sort requests by urgency, though a human still makes the call. Third is me, on my own, using [[ChatGPT|AI_PRODUCT]] for policies, rotas, complaint responses, and the endless returns for the [[ICB|ORGANIZATION]].

AI: What did the clinicians think of [[Heidi|AI_PRODUCT]] at first?

User: Dr [[Adeyemi|PERSON]] loved it from day one, she said it gave her back eye contact with her patients. Dr [[Whitlock|PERSON]], [[Fran|PERSON]], hated it for about a month, because it kept writing things the patient hadn't said, like a family history of diabetes when actually the patient had said their neighbour had diabetes. She made a spreadsheet of every error, which honestly was a brilliant bit of audit, and sent it to the company. It's got much better since. But the rule is still that the GP reads every note before it's saved into [[EMIS|SOFTWARE]], and patients are asked at the start whether they're happy for it to be used. Maybe one in twenty says no.

AI: Has it affected the front desk?

User: Massively, though not in the way people assume. Our [[senior receptionist|JOB_TITLE]], [[Precious Ndlovu|PERSON]], has been here longer than me, and she was worried online triage meant we'd cut reception jobs. We haven't. What's changed is that the phone queue at eight in the morning is shorter and the work has moved into the inbox. [[Precious|PERSON]] now spends half her morning reading forms rather than talking to people, and she misses the talking. A lot of our older patients really struggle with the online form, so she still fills it in for them over the phone, which rather defeats the purpose.

AI: You mentioned using [[ChatGPT|AI_PRODUCT]] for paperwork. Can you give an example?

User: Complaint responses, mostly. I strip out anything identifying, paste in the gist, and ask for a first draft that's empathetic without admitting liability, because our indemnity people would have kittens otherwise. It's good at tone. It's bad at specifics. Every single draft it ends with "Warm regards, [Your Name], [Your Title]", which I now can't unsee. I also once asked it to tidy up our DNA policy, did-not-attend, not genetics, and it produced a lovely paragraph about genetic testing and consent. My husband [[Imran|PERSON]] thought that was the funniest thing he'd ever heard. He still brings it up at dinner.

AI: That's a good one. What concerns you going forward, [[Nadia|PERSON]]?

User: Data, mainly. We're the data controller, so if something goes wrong it's on us, not on the tech company. I've done more DPIAs this year than in the previous five put together. And funding. The government keeps making announcements, I watched [[Wes Streeting|PUBLIC_FIGURE]] talk about AI scribes as if they were going to fix the [[NHS|ORGANIZATION]] on their own. They won't. They help. We still need more GPs and more money. If you want to follow up, my direct line at the practice is [[0117 496 0732|PHONE_NUMBER]], or email [[nadia.hussain7@nhs.net|EMAIL_ADDRESS]]. I'm in [[Tuesday|GENERIC_TIME]] to [[Friday|GENERIC_TIME]].""")

# 8. Canada, audit senior, Toronto
T.append("""AI: Thanks for joining. Could you start with a bit about yourself?

User: Sure. I'm [[Arjun Mehta|PERSON]], I'm [[27|AGE]], and I'm an [[audit senior|JOB_TITLE]] at [[Deloitte|ORGANIZATION]] in [[Toronto|CITY]]. I did accounting at [[Waterloo|SCHOOL]], wrote the CFE in [[September 2022|DATE]], and got my CPA designation the year after. I mostly work on mid-size manufacturing and real estate audits.

AI: How do you use AI in audit work?

User: There's the firm's internal chatbot, [[PairD|AI_PRODUCT]], which we're allowed to use with engagement data because it stays inside the firm's environment. I use it for drafting memos, summarizing a ninety-page lease so I know which sections to actually read, or writing the first version of an email to a company's [[controller|GENERIC_ROLE]] asking for the same documents for the third time. Then there's the analytics side. We run full-population testing in [[Alteryx|SOFTWARE]] instead of sampling, which isn't gen AI, but it's the same conversation at the firm. And I'm in [[Excel|SOFTWARE]] all day. [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] is hit or miss.

AI: Who do you work with most closely?

User: On my current engagement, my [[manager|GENERIC_ROLE]] is [[Jess Tremblay|PERSON]], and there are two first-years, [[Kwame|PERSON]] and [[Sophie|PERSON]]. [[Jess|PERSON]] is great but she's very skeptical of [[PairD|AI_PRODUCT]] ever since it quoted a [[CPA Canada|ORGANIZATION]] guidance paragraph that doesn't exist. [[Kwame|PERSON]] uses it for everything, which worries me a bit, because first-years need to learn why we do the procedures, not just how to make the working paper look finished. [[Sophie|PERSON]]'s the opposite, she does everything by hand and then asks the bot to check her work.

AI: You said [[Kwame|PERSON]] uses it for everything. Can you say more?

User: It's not his fault. When I started, I learned by doing the boring stuff, vouching invoices, tying out bank recs. Now a lot of that's automated, or he asks the bot to explain a control and writes up what it said. In [[March|GENERIC_TIME]] I reviewed his file and the revenue memo read beautifully and was wrong, because the bot didn't know the company had changed its year-end. I sat with him for an hour on a [[Saturday|GENERIC_TIME]] during busy season and walked him through it. He got it. But I do worry what a generation of auditors looks like if nobody ever does the grind.

AI: Has the firm given guidance on all this?

User: Lots. Mandatory training, and you have to register before you get access. Funny thing, the sign-up form made us enter our employee number, and then half the team pasted theirs into the group chat asking if they'd done it right. Mine's [[E4471902|NATIONAL_ID]], so that's out there now, I guess. This is the [[Teams|SOFTWARE]] message from our [[engagement partner|GENERIC_ROLE]] that kicked it all off:
"Team, reminder that only [[PairD|AI_PRODUCT]] and approved tools may be used with [[client|GENERIC_ROLE]] information. No public [[ChatGPT|AI_PRODUCT]]. If in doubt ask [[Jess|PERSON]] or me. Thx, [[Raj|PERSON]]"
[[Raj|PERSON]] is a very short-message kind of person.

AI: Outside of work, do you use it at all?

User: Yeah. My parents run a convenience store in [[Brampton|CITY]] and I set up [[ChatGPT|AI_PRODUCT]] on my dad's phone to help him understand the HST filings. He asks it questions in Gujarati and it answers in Gujarati, which blew his mind. My mom is convinced it's listening to her. If you want to reach me afterwards, my cell is [[4 1 6 5 5 5 0 1 9 2|OBF_PHONE|spaced_digits]]. Sorry about the spaces, I type it that way so the DLP thing on my work laptop doesn't flag the message.""")

# 9. Australia, plumber / owner, Brisbane
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Yeah, righto. [[Shane Doherty|PERSON]], I'm a [[plumber|JOB_TITLE]], got my ticket back in [[2001|DATE]], and I've had my own business, [[Northside Flow Plumbing|ORGANIZATION]], for about twelve years. We're based in [[Chermside|CITY]] on [[Brisbane|CITY]]'s northside. Three vans: me, two other plumbers and an [[apprentice|JOB_TITLE]]. I'm [[44|AGE]], married to [[Kylie|PERSON]], two kids.

AI: How did AI come into the business?

User: Through my daughter, honestly. [[Tilly|PERSON]]'s [[fourteen|AGE]] and she was using [[ChatGPT|AI_PRODUCT]] for homework, and she goes, Dad, you should use this for your quotes. So I tried the voice mode in the van between jobs. I just talk at it, "hot water system replacement, 315 litre heat pump, tempering valve, council approval," and it turns that into a proper quote I can copy into [[Tradify|SOFTWARE]]. Saves me doing them at ten o'clock at night at the kitchen bench while [[Kylie|PERSON]] gives me the look.

AI: What else do you use it for?

User: Reviews, mainly. We live and die on our online reviews. Here's one we got last week, and I had it help me write the reply:
"[[Shane|PERSON]] and his [[apprentice|JOB_TITLE]] [[Kai|PERSON]] were fantastic. Turned up on time, fixed the burst pipe under our house in [[Aspley|CITY]] and cleaned up after themselves. [[Kai|PERSON]] even helped my husband [[Doug|PERSON]] find the water meter! 5 stars. [[Margaret H|PERSON]]."
The reply it wrote was way too gushy, "We're absolutely thrilled," and I don't talk like that, so I told it to make it sound like a bloke from [[Brisbane|CITY]] and it did alright.

AI: [[Kai|PERSON]] sounds like a good [[apprentice|JOB_TITLE]].

User: He's a gem. He's doing his Cert III at [[TAFE|SCHOOL]] and he uses it to study for the theory, which I reckon is fine as long as he can still braze a joint. My mate [[Gazza|PERSON]], [[Gary Whitehouse|PERSON]], he's a [[sparky|JOB_TITLE]] out at [[Redcliffe|CITY]], he tried to use it to work out a fall on a stormwater run and it gave him the answer in inches. We gave him a fair bit of stick for that.

AI: Are there any official requirements you have to be careful with?

User: Heaps. I have to put my [[QBCC|ORGANIZATION]] licence number on every quote, that's [[1298345|NATIONAL_ID]], and the ABN, which is [[51 824 753 556|NATIONAL_ID]]. One time I forgot to give it the licence number and [[ChatGPT|AI_PRODUCT]] just made one up, seven random digits, bold as you like. If that had gone out, that's a fine. So now I've got a template with the real numbers already in it and I never let it touch that bit. Compliance paperwork, the Form 4s, I still do by hand.

AI: How do you see the future for trades like yours?

User: Everyone's going on about [[Elon Musk|PUBLIC_FIGURE]] saying robots will do every job. Mate, show me the robot that can crawl under a Queenslander in [[February|GENERIC_TIME]] with the huntsmen. The paperwork side, sure, let it have it. The actual work, we can't get enough apprentices as it is. If you want to chat again, my mobile is [[0491 570 006|PHONE_NUMBER]], or the office email is [[admin@northsideflow.com.au|EMAIL_ADDRESS]], but that's [[Kylie|PERSON]] who reads that one, so be nice.""")

# 10. US, litigation paralegal, Chicago
T.append("""AI: Thank you for joining. Could you introduce yourself?

User: Hi, yes. I'm [[Keisha Brooks|PERSON]], I'm [[36|AGE]], and I'm a [[litigation paralegal|JOB_TITLE]] at [[Halvorsen & Pike|ORGANIZATION]], a mid-size firm in the [[Loop|CITY]] in [[Chicago|CITY]]. I've been there since [[July 2016|DATE]]. Before that I did my paralegal certificate at [[Loyola|SCHOOL]] at night while working at a title company. I live up in [[Evanston|CITY]] with my son, so it's the Purple Line every morning.

AI: How is AI used at the firm?

User: We rolled out [[CoCounsel|AI_PRODUCT]] about a year ago, it sits inside [[Westlaw|SOFTWARE]], and we use [[Relativity|SOFTWARE]] for document review, which has its own AI features now for prioritizing what humans look at. Day to day, I use it to summarize deposition transcripts, build chronologies out of thousands of emails, and do first-pass privilege review. Stuff that took me a week takes two days. But every citation gets checked by a human, usually me. After that lawyer in [[New York|CITY]] got sanctioned for filing fake cases from [[ChatGPT|AI_PRODUCT]], Mr. [[Pike|PERSON]] sent an all-firm memo in capital letters.

AI: Mr. [[Pike|PERSON]] sounds like he takes it seriously.

User: Oh, [[Gordy|PERSON]], nobody calls him that to his face, has been practicing since before email, and he is terrified of being the next headline. Which is fair. The people who worry me are the younger associates. [[Jared Lindholm|PERSON]], for example, is a sweetheart, but this is a real [[Slack|SOFTWARE]] message I got from him on a [[Thursday|GENERIC_TIME]] afternoon:
"[[@keisha.b|SOCIAL_HANDLE]] can you run the [[Henderson|PERSON]] docs through [[CoCounsel|AI_PRODUCT]] and give me a timeline by EOD? doesn't need to be perfect lol"
Doesn't need to be perfect. In litigation. I sent him back a thumbs up and then spent until seven checking every date against the source documents, because if that timeline is wrong, it's my name on the work product too.

AI: How do you feel about that kind of request?

User: Conflicted. The tool is genuinely good at the first pass, and I'd be lying if I said I wanted to go back to highlighters. But it flattens things. In the [[Henderson|PERSON]] timeline it merged two different meetings because they had similar subject lines, and that difference was the whole case. Even [[John Roberts|PUBLIC_FIGURE]] wrote about this in his year-end report, that these tools are useful but you can't hand them your judgment. I felt seen, honestly, by the Chief Justice of all people.

AI: Has it changed how you think about your career?

User: A bit. Paralegal work used to be a ladder, you started on document review and worked up. If the machine does the doc review, where do new people learn? I've been talking about it with my sister [[Tanya|PERSON]], who's a [[court reporter|JOB_TITLE]] in [[Cook County|CITY]], and she's worried about her job too, with the speech-to-text stuff. And at home, my son [[DeShawn|PERSON]], [[Dee|PERSON]], he's [[twelve|AGE]], thinks I should just learn to code. I told him his mother has been coding document reviews since before he was born.

AI: Thank you, [[Keisha|PERSON]]. If we want to follow up, how can we reach you?

User: Email's best: [[keisha.brooks@\u200bhalvorsenpike\u200b.com|OBF_EMAIL|zero_width]]. Evenings are better, the firm gets twitchy about anything that looks like outside research during billable hours.""")

# 11. Ireland, cafe owner, Galway
T.append("""AI: Thanks for taking the time. Could you tell me about yourself and your business?

User: Grand, yeah. I'm [[Gráinne Kilbride|PERSON]], I own a café and bakery in [[Salthill|CITY]], out the prom from [[Galway|CITY]] city, called [[The Salt Loaf|ORGANIZATION]]. We opened in [[June 2012|DATE]], so we've survived a recession, a pandemic and three landlords. I'm [[fifty-three|AGE]]. There's fourteen on the staff in the summer, eight in the winter, and I'm the owner, the bookkeeper, the HR department and, some days, the dishwasher.

AI: How does AI come into a business like yours?

User: Slowly, and mostly because of my daughter. [[Saoirse|PERSON]]'s doing marketing at [[University of Galway|SCHOOL]] and she does our social media, and she started using [[ChatGPT|AI_PRODUCT]] for the captions and the little blurbs on [[Instagram|SOFTWARE]]. Then she showed me I could use it for the boring things. Now I use it for staff rotas, for the wording of the job ads, for replying to the odd cranky review. We take payments on [[Square|SOFTWARE]] and it's started giving me "insights" about which days are quiet, which, thanks, I know [[Tuesday|GENERIC_TIME]] is quiet, I've been here twelve years.

AI: Is there anything you've decided not to use it for?

User: Allergens. Absolutely not. Our [[head chef|JOB_TITLE]], [[Tomás Ó Ceallaigh|PERSON]], tried getting it to draft the allergen matrix for the new winter menu and it missed sesame in the dukkah. He caught it himself, fair play to him, but that was the end of that. Allergens are done by hand, by [[Tomás|PERSON]], and checked by me. If the [[FSAI|ORGANIZATION]] came in and we said a chatbot did our allergen sheet, I'd deserve whatever I got.

AI: What about the staff, do they use it?

User: Some do. [[Thiago|PERSON]], one of our baristas, is from [[Belo Horizonte|CITY]], and his English is good but he uses it to check his messages to customers before he sends them, and to translate recipes his mam sends him from [[Brazil|COUNTRY]]. He wrote his email for me once in a funny way, he said it's how they write it at home to stop spam: [[thiago.barista arroba gmail ponto com|OBF_EMAIL|foreign_at_dot]]. I had to ask [[Saoirse|PERSON]] what arroba meant. The younger ones, honestly, use it for everything, and the older ones think it's the devil.

AI: Has it saved you time on the business side?

User: It has, on the emails especially. I used to spend [[Sunday|GENERIC_TIME]] night doing suppliers and the accountant. Now I give it the gist and it writes the thing, and I change it so it sounds like me. It keeps wanting to sign off "Best regards," and I sign everything like this, so I just paste my own in:
Go raibh maith agat,
[[Gráinne|PERSON]]
[[The Salt Loaf|ORGANIZATION]] | [[Seapoint Promenade|ADDRESS]], [[Salthill|CITY]], [[H91 XK4R|ADDRESS]]
VAT No. [[IE 6388047V|NATIONAL_ID]]
The VAT number is there because the suppliers insist. [[Revenue|ORGANIZATION]] would be delighted to know how many emails it's on, I'm sure.

AI: How do you feel about where this is going, [[Gráinne|PERSON]]?

User: I'm not worried about a robot making scones, put it that way. I watched [[Darina Allen|PUBLIC_FIGURE]] on the telly saying cooking is about hands and memory, and I agree with her. But the admin is killing small businesses in this country, and if this takes some of that away, good. What I'd love is one thing that did the rota, the ordering and the VAT returns together, instead of five apps that don't talk to each other. If you want me again, ring the café, [[087 five five five 0132|OBF_PHONE|mixed_words_digits]], and ask for me. Not before eleven, mind, the morning rush is mad.""")

# 12. US, county permit technician, Phoenix
T.append("""AI: Thanks for joining us today. Could you tell me about your job?

User: Sure thing. My name's [[Ruben Castillo|PERSON]], I'm a [[permit technician|JOB_TITLE]] with [[Maricopa County|ORGANIZATION]], out of the downtown [[Phoenix|CITY]] office. I've been with the county since [[1998|DATE]], so, a long time. I'm [[49|AGE]], I grew up in [[Glendale|CITY]], still live there. Basically I help people get building permits: homeowners adding a casita, contractors doing commercial tenant improvements, people who built something without a permit and now need to legalize it. A lot of phone calls.

AI: How is AI showing up in that work?

User: It's early. We're not allowed to use public [[ChatGPT|AI_PRODUCT]] on county machines, that's been the policy since [[2023|DATE]]. IT set up a government version of [[Copilot|AI_PRODUCT]] for a pilot group, and I'm in it because my [[supervisor|GENERIC_ROLE]] volunteered me, thanks a lot. I mostly use it to rewrite the plan review comments into plain English. The reviewers write stuff like "provide egress compliance per IRC R310," and a homeowner in [[Buckeye|CITY]] reads that and calls me in a panic. So I'll have it explain, in normal words, what they need to do, and then I check it against the code. The permits themselves all live in [[Accela|SOFTWARE]], and there's no AI in there yet, thank God.

AI: You said you check it against the code. Has it gotten things wrong?

User: Oh yeah. It'll mix up the city and county rules, because [[Phoenix|CITY]] and [[Scottsdale|CITY]] and the county all have different amendments. It told one of my coworkers, [[Lupe Baca|PERSON]], that a pool barrier could be four feet when our local requirement is five. [[Lupe|PERSON]] caught it. The other thing people forget is everything we write is public record. Anyone can file a request and get my emails. So I don't put anything in there I wouldn't want read out at a Board of Supervisors meeting.

AI: Do you use it for Spanish-speaking residents?

User: Yeah, and that's honestly where it's best. About a third of my calls, the person is more comfortable in Spanish. I speak it, but my written Spanish is, like, kitchen Spanish, my abuela would be embarrassed. So I'll write the explanation in English and ask it to translate, then I read it over. My wife [[Yesenia|PERSON]] teaches fourth grade and her Spanish is way better than mine, and she's proofread a few for me at home. Our handouts used to be translated by a contractor, and it took six weeks.

AI: How do your coworkers feel about it?

User: Split down the middle. The younger folks love it. The guys who've been here as long as me are scared the county's going to use it to not backfill positions, and they're probably right. When [[Katie Hobbs|PUBLIC_FIGURE]] talked about AI in state government, everybody in the break room had an opinion. Our [[director|GENERIC_ROLE]] says it's about "capacity," which is a word that makes me nervous. My daughter [[Alyssa|PERSON]] is at [[ASU|SCHOOL]] studying computer science, and she tells me I'm being dramatic. She's [[twenty|AGE]], so everybody over forty is dramatic.

AI: If we'd like to follow up, what's the best way to reach you?

User: Work email is fine, it's [[rcastillo@mcpermits-az.gov|EMAIL_ADDRESS]]. If HR asks, I'm employee [[20817|NATIONAL_ID]], that's what's on my badge, they'll want that for the participation form. I'm usually on the counter [[Monday|GENERIC_TIME]] through [[Wednesday|GENERIC_TIME]] and on the phones the rest of the week.""")

# 13. UK, backend engineer, Manchester
T.append("""AI: Thanks for joining. Could you start by telling me about yourself and your job?

User: Sure. I'm [[Tomasz Wiśniewski|PERSON]], everyone here calls me [[Tom|PERSON]], or [[Tommo|PERSON]] if they've had a drink. I'm [[33|AGE]], a [[backend engineer|JOB_TITLE]] at a fintech called [[Ledgerly|ORGANIZATION]] in [[Manchester|CITY]], we do accounting integrations for small businesses. I'm originally from [[Wrocław|CITY]] in [[Poland|COUNTRY]], moved over in [[2014|DATE]] and did a master's at [[Salford|SCHOOL]]. I live in [[Ancoats|CITY]] now, so I walk to work, which is the best perk of the job.

AI: How do you use AI in your day-to-day?

User: Constantly. I've got [[GitHub Copilot|AI_PRODUCT]] in the editor for autocomplete, and for bigger things I switched to [[Cursor|AI_PRODUCT]] about six months ago. For thinking through a design, I'll talk to [[Claude|AI_PRODUCT]] like a rubber duck that talks back. Then everything else is normal tooling: tickets in [[Jira|SOFTWARE]], docs in [[Confluence|SOFTWARE]], alerts in [[Datadog|SOFTWARE]]. I'd say maybe forty percent of the code I commit was first typed by a model. But I read all of it. Well, I read most of it.

AI: "Most of it" sounds like there's a story.

User: There is. In [[October|GENERIC_TIME]] I merged a migration that [[Cursor|AI_PRODUCT]] had written, it looked fine, tests passed, and it quietly dropped an index on a table with eighty million rows. [[Datadog|SOFTWARE]] lit up like a Christmas tree at two in the morning. My [[tech lead|GENERIC_ROLE]], [[Olu|PERSON]], was on call, and he fixed it and then left this in the PR, which I have framed, more or less:
"[[@tomek|SOCIAL_HANDLE]] love the ambition, but the robot doesn't get paged, you do. Please read the diff next time. - [[O|PERSON]]."
Completely fair. Now we have a rule that anything touching the database gets a human reviewer who didn't use AI to write it.

AI: How has the team adapted?

User: We have a channel where people post good prompts and horror stories. [[Hannah Greaves|PERSON]] on the platform team runs it and does a little show-and-tell every other [[Friday|GENERIC_TIME]]. Our [[CTO|GENERIC_ROLE]] is very enthusiastic, he quotes [[Dario Amodei|PUBLIC_FIGURE]] in all-hands, which some people roll their eyes at. The juniors worry me a bit, same as everyone says. [[Hannah|PERSON]] had a graduate who couldn't explain his own pull request. Not his fault, the tool wrote it, but you learn by getting stuck, and now you don't get stuck.

AI: What about outside work?

User: I do some open-source stuff, my profile is [[github.com/twisniewski-dev|URL]], mostly small Go libraries. My girlfriend [[Ellie|PERSON]] is a [[junior doctor|JOB_TITLE]] at [[Salford Royal|ORGANIZATION]] and she's much more sceptical, she says if her job had forty percent of the work done by a model, people would die. Which is true. In my job, people just get an error page. I also use it to help my mum with English forms, she came over in [[2019|DATE]] and she's still learning.

AI: Thank you, [[Tomasz|PERSON]]. Is there a way we can follow up?

User: Yes, personal email is best, [[tomek.w AT proton DOT me|OBF_EMAIL|caps_at_dot]], written like that so scrapers don't grab it. And please don't email the work one, [[Olu|PERSON]] reads over my shoulder.""")

# 14. India, HR business partner, Bengaluru
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Hi. I'm [[Kavya Raghunathan|PERSON]], I'm [[32|AGE]], and I work as an [[HR business partner|JOB_TITLE]] at [[Infosys|ORGANIZATION]] in [[Bengaluru|CITY]], at the [[Electronic City|CITY]] campus. I support a delivery unit of about two thousand people, mostly engineers. I joined in [[August 2019|DATE]] after my MBA from [[Christ University|SCHOOL]]. Originally I'm from [[Coimbatore|CITY]], my parents are still there.

AI: How does AI come into HR work for you?

User: In many ways now. Our internal tools are built on [[Infosys Topaz|AI_PRODUCT]], which is the company's AI platform, and there is an assistant that helps employees with policy questions, leave, transfers, all that. So a lot of the simple questions that came to me earlier now go to the bot. I use [[Microsoft Copilot|AI_PRODUCT]] for drafting communication, summarising exit interview notes, preparing slides for the quarterly review. We use [[Workday|SOFTWARE]] for the core HR data, and there is some AI in there for skills matching, but I don't trust it fully.

AI: Why don't you trust the skills matching?

User: Because it only sees what people type in their profile. One of our best architects, [[Suresh|PERSON]], has almost nothing in his profile because he's too busy, so the system thinks he's a fresher. And people who write very long profiles with every keyword get recommended for everything. My [[manager|GENERIC_ROLE]], [[Ramesh|PERSON]] sir, says the tool is only as honest as the employee, which is true. Also, I'm careful with bias. If the historical data says a certain kind of person gets promoted, the model will learn that, and then we have a problem.

AI: You mentioned [[Ramesh|PERSON]]. How does your team approach the tools?

User: [[Ramesh|PERSON]] is very practical. He says use it, but you sign it, meaning you are responsible for what goes out. My teammate [[Divya|PERSON]] uses [[ChatGPT|AI_PRODUCT]] on her personal phone for things she shouldn't, and I keep telling her, don't paste anything with an employee ID. Like, even in our own interview scheduling sheet, everything is by ID, mine is [[INF-208811|NATIONAL_ID]], and she once pasted a whole column into a public chatbot to "clean the formatting". Nothing happened, but if the audit team had seen it, it would be a big issue.

AI: Has AI changed how people feel about their jobs in your unit?

User: Definitely there is anxiety. When [[Narayana Murthy|PUBLIC_FIGURE]] made the comment about seventy-hour weeks, people joked that now the AI will work seventy hours and we will work seventy-one. But seriously, for junior developers there is a worry that fewer freshers will be hired. My job in those conversations is to be honest without creating panic. I use [[Copilot|AI_PRODUCT]] to help me prepare talking points, and then I throw half of them away because they sound like a press release.

AI: And personally, outside work?

User: My husband [[Vikram|PERSON]] is a [[cardiologist|JOB_TITLE]] at [[Narayana Health|ORGANIZATION]] and he is quite excited about AI for ECG reading. My mother-in-law asks [[ChatGPT|AI_PRODUCT]] for recipes in Tamil and then tells everyone it's wrong. If you want to contact me later, my number is [[९८४५० ५५५१२|OBF_PHONE|devanagari_digits]], I typed it in Hindi numerals because my keyboard was on that setting, sorry. Evenings after seven, IST, are best.""")

# 15. US, adjunct composition instructor, Portland OR
T.append("""AI: Thanks for joining. Could you tell me about your teaching and where you work?

User: Happy to. I'm [[Leah Goldstein|PERSON]], I'm an [[adjunct instructor|JOB_TITLE]] in composition, which means I teach first-year writing at two different places: [[Portland Community College|SCHOOL]] and [[Clackamas Community College|SCHOOL]]. Five sections this term. I live in [[Gresham|CITY]], so I spend a lot of time on I-84 listening to podcasts about how AI is ruining my profession. I'm [[forty-seven|AGE]], and I've been adjuncting since [[2011|DATE]].

AI: How has AI affected your teaching?

User: Completely, since about [[fall 2022|DATE]]. The first term after [[ChatGPT|AI_PRODUCT]] came out, I got essays that were suddenly fluent and said nothing. Now it's more subtle, students use [[Grammarly|SOFTWARE]] and it rewrites whole paragraphs, or they ask [[Claude|AI_PRODUCT]] for an outline and then write it themselves. Some of that's fine. My policy, which I rewrote three times, is that you can use it for brainstorming and feedback if you tell me how you used it, but the sentences have to be yours. I tell them to think of it like a very confident friend who's never read the assignment.

AI: How do you handle suspected misuse?

User: Carefully. The college has [[Turnitin|SOFTWARE]]'s AI detector switched on in [[Canvas|SOFTWARE]], and I basically don't trust it. I've seen it flag a student whose first language is Vietnamese because her English was very formal. I'll call her [[Maria|PERSON]], that's not her name. [[Maria|PERSON]] came to office hours in tears with her handwritten drafts. After that I stopped using the score for anything except a reason to have a conversation. My [[department chair|GENERIC_ROLE]] is supportive, but the adjuncts don't have the job security to fight every battle.

AI: Has it changed the assignments themselves?

User: A lot. More in-class writing, more drafts, more reflections on process. I have students annotate their own drafts with what they changed and why. I read [[Ethan Mollick|PUBLIC_FIGURE]]'s stuff and tried one of his ideas, where students have to critique an AI-written essay, and that was actually the best week of the term. The essays it wrote about their own neighborhoods, [[St. Johns|CITY]] or [[Milwaukie|CITY]], were so generic that students got offended on behalf of their neighborhoods, which is exactly the energy I want.

AI: How do you use it yourself?

User: For the grind. I have it turn my rubric into student-friendly language, draft emails to students who've disappeared, that kind of thing. I don't use it to grade. [[Ted Chiang|PUBLIC_FIGURE]] wrote that piece about it being a blurry JPEG of the web, and I think about that when I'm tempted. My husband [[Noah|PERSON]] is a [[sound engineer|JOB_TITLE]] and he's way more into it than me, he uses it for mixing notes. We argue about it on [[Saturday|GENERIC_TIME]] mornings, very civilized.

AI: If we wanted to follow up, how could we reach you, [[Leah|PERSON]]?

User: My college email, which I always write out like this because our spam filter is vicious: [[leah dot goldstein at p c c dot e d u|OBF_EMAIL|spelled_letters]]. I can also send you the syllabus policy, it has a footer I stole from a colleague: "Written by a human, [[L. Goldstein|PERSON]], adjunct, underpaid." I'll be honest, I added the last word.""")

# 16. Canada, community pharmacist, Halifax
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your work?

User: Of course. I'm [[Fatima Al-Sayed|PERSON]], I'm a [[pharmacist|JOB_TITLE]], and I'm the associate-owner of a [[Shoppers Drug Mart|ORGANIZATION]] in [[Dartmouth|CITY]], just across the harbour from [[Halifax|CITY]]. I'm [[39|AGE]]. I trained in [[Cairo|CITY]], came to [[Canada|COUNTRY]] in [[2008|DATE]], and did the bridging program at [[Dalhousie|SCHOOL]] before I could practise here. So I've been a [[pharmacist|JOB_TITLE]] in two countries, which makes me very suspicious of anything that claims to know the rules.

AI: How does AI fit into your pharmacy?

User: More on the clinical side lately. [[Nova Scotia|CITY]] expanded what pharmacists can do, we assess and prescribe for a lot of minor ailments now, UTIs, shingles, contraception. Since then I do a lot more reading. I'll use [[OpenEvidence|AI_PRODUCT]] for a quick summary of the guidelines, then I confirm in [[Lexicomp|SOFTWARE]] or the actual guideline. Our dispensing system is [[Kroll|SOFTWARE]] and it has drug interaction checking, which is a kind of AI I suppose, but it fires so many alerts that we ignore half of them, which is its own danger. And [[ChatGPT|AI_PRODUCT]] I use for patient handouts and translation, especially Arabic, where I can check it myself.

AI: Who else on your team uses these tools?

User: My [[pharmacy technician|JOB_TITLE]], [[Jenna Boudreau|PERSON]], is the real power user. She does inventory, and she built herself a little routine where she asks [[Copilot|AI_PRODUCT]] to look at the back-order list and draft the emails to the other stores. Saves her maybe an hour a day. Our [[relief pharmacist|JOB_TITLE]], [[Wen|PERSON]], won't use any of it, she says it's not her licence on the line if it's wrong, it's mine. Which, fair, it's mine.

AI: You mentioned licence. Is there a professional body weighing in on this?

User: The [[Nova Scotia College of Pharmacists|ORGANIZATION]] put out some guidance last year, basically, you remain accountable, don't put personal health information into tools that aren't approved. Everything I do is tied to my registration, it's on every prescription I write, number [[NS-21-3390|NATIONAL_ID]], so if a chatbot told me the wrong dose and I signed it, that's me at a hearing. I also watched [[Tim Houston|PUBLIC_FIGURE]] announce the pharmacy changes on the news and thought, great, more work, no more staff. That's where I'd like the AI to help, honestly, not with the clinical judgement, with the paperwork that comes with it.

AI: How does it fit with your home life?

User: My husband [[Karim|PERSON]] works in IT for the province, so he's the one who set up all of this at home. Our daughter [[Layla|PERSON]] is [[eight|AGE]] and she asks the smart speaker everything, including, last week, whether Mama is a real doctor. I told her yes, just not that kind. On [[Sundays|GENERIC_TIME]] I do the week's schedule and I've started asking [[ChatGPT|AI_PRODUCT]] to make it fair between the techs, because everybody wants [[Friday|GENERIC_TIME]] off.

AI: If we want to follow up, what's the best way to reach you, [[Fatima|PERSON]]?

User: Call the pharmacy and ask for me, it's [[902-555-O1O8|OBF_PHONE|letter_o_for_zero]]. Oh, sorry, I see I typed letters instead of zeros, my fingers are used to the dispensing codes. It's the normal number, just zeros. Mornings are impossible, after two is better.""")

# 17. Australia, real estate agent, Perth
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Yeah, mate, no worries. [[Brodie Kavanagh|PERSON]], I'm a [[sales agent|JOB_TITLE]] with [[Swan Coast Realty|ORGANIZATION]], we cover the northern beaches up from [[Scarborough|CITY]] to [[Joondalup|CITY]]. I'm [[35|AGE]], got my licence in [[2013|DATE]], and before that I was a [[chippy|JOB_TITLE]], so I can tell you what's wrong with the house before the building inspector does. Married to [[Shay|PERSON]], one little fella, [[Archie|PERSON]], he's [[eighteen months|AGE]].

AI: How are you using AI in real estate?

User: Listing copy, first and foremost. I used to hate writing the ad. Now I do a walkthrough, talk into my phone, and get [[ChatGPT|AI_PRODUCT]] to turn it into something for the portals. I've trained it out of saying "nestled" and "boasting," which every agent in [[Perth|CITY]] uses. We also use virtual staging, there's a tool called [[Styldod|AI_PRODUCT]] that puts furniture in empty rooms. And our CRM is [[Rex|SOFTWARE]], which has started doing these AI suggestions about who to call, which is, you know, sometimes clever, sometimes it tells me to ring someone who bought last week.

AI: Have there been any problems with the listing copy?

User: One big one. It described a place in [[Freo|CITY]] as having "sweeping ocean views." It did not have sweeping ocean views. If you stood on the bin you could see a bit of blue between two roofs. I didn't catch it, the vendor didn't catch it, a buyer did, and under the consumer law that's misleading, so we pulled it within the hour. Our [[principal|GENERIC_ROLE]], [[Gavin|PERSON]], made everyone sit through a session after that. And there's [[REIWA|ORGANIZATION]] guidance on it now too, so it's not just us being careful.

AI: What about the people you work with?

User: [[Jacinta|PERSON]], our [[property manager|JOB_TITLE]], uses it for routine inspection reports and tenant emails. She's sharp, she never puts tenant names in, she uses "Tenant A" and "Tenant B." Here's a text I got from a vendor this morning, just so you get the vibe:
"Morning [[Brodie|PERSON]], saw the draft ad, can we say walk to the beach? It's 1.4km. Also [[Dave|PERSON]] says don't mention the pool pump. Cheers, [[Marg|PERSON]]"
Now, I used to just laugh. Now I paste it into [[ChatGPT|AI_PRODUCT]] with the names taken out and ask it what's actually allowed, and then I check with our compliance person anyway.

AI: How do you see AI changing the job?

User: The paperwork side, sure, gone in five years. But people don't buy a house off a robot. It's the biggest purchase of their lives, they want someone to look in the eye. I read that [[Gina Rinehart|PUBLIC_FIGURE]] said something about AI and mining jobs and I thought, good luck getting a robot to do an open home in [[January|GENERIC_TIME]] when it's forty-one degrees and the aircon's broken.

AI: If we want to follow up, how can we reach you?

User: Mobile's best, [[oh-four-double-one, two-three-four, nine-oh-six|OBF_PHONE|digit_words_double]]. Or find me on [[Instagram|SOFTWARE]], [[@brodiesellsperth|SOCIAL_HANDLE]], or [[LinkedIn|SOFTWARE]], it's [[linkedin.com/in/brodie-kavanagh-re|URL]]. Don't come to an open home on a [[Saturday|GENERIC_TIME]] though, I won't have time to talk.""")

# 18. UK (Scotland), freelance translator, Edinburgh
T.append("""AI: Hello, thank you for joining. Would you tell me about yourself and your work?

User: Yes, of course. My name is [[Montserrat Puig|PERSON]], but everyone calls me [[Montse|PERSON]]. I'm a freelance [[translator|JOB_TITLE]], Spanish and Catalan into English, mostly legal and tourism. I'm from [[Girona|CITY]], in [[Catalonia|CITY]], and I moved to [[Scotland|COUNTRY]] in [[2006|DATE]] to do a master's at [[Heriot-Watt|SCHOOL]] and then, you know, I fell in love with a man and the weather did not scare me away. I live in [[Leith|CITY]], in [[Edinburgh|CITY]]. I turned [[44|AGE]] in [[May|GENERIC_TIME]].

AI: How has AI changed translation for you?

User: It changed everything, and it changed nothing. Machine translation was already here ten years ago. What changed is the quality, and the prices. Now many agencies send me what they call "MTPE," machine translation post-editing, where [[DeepL|AI_PRODUCT]] does the first draft and I fix it, for about half my normal rate. My main agency, [[Thistle Lingo|ORGANIZATION]], moved almost everything to that in [[2023|DATE]]. I work in [[Trados|SOFTWARE]], which now has its own AI assistant, and I also use [[ChatGPT|AI_PRODUCT]] to check terminology sometimes, or to ask for five different ways to say something so I can choose.

AI: Is the post-editing work harder or easier?

User: It's more boring and more dangerous. Boring because I'm fixing, not writing. Dangerous because the output is so fluent. In legal work, [[DeepL|AI_PRODUCT]] will translate "the party of the first part" in a way that sounds perfect and means something else. Last year I caught an error in a property contract where it had turned a "servidumbre," an easement, into "servitude," which in English sounds like slavery. If I had been tired that evening, that goes to a client's lawyer. And I'm paid half. So, you see.

AI: How do you feel about your future in this work?

User: Worried, honestly. My partner [[Callum|PERSON]] says I should move into something that needs a human in the room, like court interpreting, and maybe he's right. The [[ITI|ORGANIZATION]], that's our professional institute, has been doing webinars about "adapting," which mostly means accepting lower rates. My friend [[Núria|PERSON]], in [[Barcelona|CITY]], already left translation to teach. When I see [[Pep Guardiola|PUBLIC_FIGURE]] give a press conference in perfect English with no interpreter, I think, okay, even the interpreters are in trouble.

AI: What about your family, do they use it?

User: My son [[Pau|PERSON]] is [[fourteen|AGE]], and he uses it for his Higher prep, which I find strange, because he asks it in English about Catalan grammar and it explains it better than I do. That hurts a little. [[Callum|PERSON]] is a [[joiner|JOB_TITLE]], he uses it for quotes, like everybody in the trades it seems.

AI: Thank you, [[Montse|PERSON]]. If we want to contact you again, how is best?

User: Email please. I write it like this, the Catalan way, it's a joke between translators, but also it stops the robots: [[montse.puig arrova traduccions punt cat|OBF_EMAIL|catalan_at_dot]]. It means the at sign and the dot, you will figure it out. And if you speak to any agency, tell them a fluent mistake is worse than an ugly one.""")

# 19. US, physical therapist, Denver area
T.append("""AI: Thanks for joining. Could you introduce yourself and tell me what you do?

User: Yeah, for sure. I'm [[Jacob Oyelaran|PERSON]], most people call me [[Jake|PERSON]]. I'm a [[physical therapist|JOB_TITLE]] at [[Peak Motion Physical Therapy|ORGANIZATION]], an outpatient clinic in [[Lakewood|CITY]], just west of [[Denver|CITY]]. I'm [[30|AGE]], I did my DPT at [[Regis|SCHOOL]] and graduated in [[May 2019|DATE]]. Mostly ortho and sports, so ACL rehab, shoulders, runners with cranky knees, a lot of weekend warriors.

AI: How is AI showing up in your clinic?

User: The big one is documentation. This year we started using an AI scribe called [[Freed|AI_PRODUCT]]. It listens during the session and drafts my SOAP note, then I edit it and push it into [[WebPT|SOFTWARE]]. Before that I'd be charting until seven at night. Now I'm mostly done by five-thirty, which matters, because my daughter [[June|PERSON]] is [[three|AGE]] and my wife [[Haley|PERSON]] is a [[labor and delivery nurse|JOB_TITLE]] on twelve-hour shifts, so somebody has to do daycare pickup. I also use [[ChatGPT|AI_PRODUCT]] to build home exercise handouts that sound like a human wrote them.

AI: Have there been any issues with the scribe?

User: A few funny ones. Once it documented that a patient had been "running marathons" when he'd said his daughter runs marathons. Little things, but in an insurance audit the little things matter, and [[UnitedHealthcare|ORGANIZATION]] has denied visits over less. Every note goes out under my NPI, [[1740395521|NATIONAL_ID]], so I read every line before I sign. Our [[clinic owner|GENERIC_ROLE]], Dr. [[Rachel Lin|PERSON]], posted this in the staff chat the first week, and it's still pinned:
"Reminder: [[Freed|AI_PRODUCT]] drafts, YOU document. If it's in the note, you said it. No copy-paste from [[ChatGPT|AI_PRODUCT]] into charts please!! [[R|PERSON]]"
[[Rachel|PERSON]] doesn't mess around.

AI: How do patients react to being recorded?

User: Mostly fine. Our [[front desk coordinator|JOB_TITLE]], [[Marisa Quintana|PERSON]], goes through the consent at check-in, and maybe one in fifteen says no. Older patients are the most curious, actually. I had a retired airline pilot from [[Golden|CITY]] who wanted to know whether the AI would tell his insurance company he'd skipped his exercises. I said no, but I would. He laughed. Younger folks don't even blink, they assume everything's being recorded anyway.

AI: Where do you see it going, [[Jake|PERSON]]?

User: Documentation, I'm all in. Where I get nervous is the apps. Companies like [[Hinge Health|ORGANIZATION]] do remote programs where an algorithm adjusts your exercises, and for some people that's great. But a lot of my job is noticing that someone's favouring a leg because they're scared, not because it hurts. A camera doesn't catch fear. We're opening a second location in [[Arvada|CITY]] in [[June|GENERIC_TIME]] and the owners are talking about a hybrid model, so I guess I'll find out. My buddy from school, [[Deshawn Pratt|PERSON]], works at a clinic in [[Colorado Springs|CITY]] that went hybrid and he says the patient numbers went up and the outcomes stayed flat.

AI: If we'd like to follow up, how can we reach you?

User: Clinic line is [[(720) 555-0148|PHONE_NUMBER]], or email me directly, [[jake.o@peakmotionpt.com|EMAIL_ADDRESS]]. I'm off [[Wednesdays|GENERIC_TIME]], that's my daddy day, so any other day works.""")

# 20. Germany, head of marketing, Berlin
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Sure. I'm [[Katrin Albers|PERSON]], I'm [[38|AGE]], and I'm [[head of marketing|JOB_TITLE]] at [[Spreewerk Mobility|ORGANIZATION]], an e-bike subscription startup in [[Berlin|CITY]] with about ninety people. I'm from [[Hamburg|CITY]] originally, came to [[Berlin|CITY]] to study at the [[Humboldt|SCHOOL]] and never left. I joined [[Spreewerk|ORGANIZATION]] in [[2021|DATE]], when we were still twenty people in a courtyard office in [[Kreuzberg|CITY]].

AI: How does AI fit into your marketing work?

User: Honestly, everywhere. We're a team of six and we operate in [[Germany|COUNTRY]], the [[Netherlands|COUNTRY]] and [[Austria|COUNTRY]], so localisation is huge. [[DeepL|AI_PRODUCT]] does the first drafts of translations, [[ChatGPT|AI_PRODUCT]] helps with campaign ideas, and we generate ad variants with [[Adobe Firefly|AI_PRODUCT]]. Our emails run through [[HubSpot|SOFTWARE]], which has its own AI features now. [[Mehmet|PERSON]], our [[performance marketer|JOB_TITLE]], runs hundreds of variants through [[Meta|ORGANIZATION]]'s automated campaigns, and to be honest I don't fully understand what the algorithm does anymore, I just see the cost per subscription go up or down.

AI: Are there concerns that are specific to working in [[Germany|COUNTRY]]?

User: Oh, yes. Data protection is a religion here, and I say that with love. Our [[data protection officer|JOB_TITLE]], [[Jonas Reuter|PERSON]], has to approve every new tool, and some he just says no to. And then in [[2024|DATE]] the AI Act came and everybody panicked again. I heard [[Ursula von der Leyen|PUBLIC_FIGURE]] say [[Europe|CONTINENT]] will lead on trustworthy AI, which is nice, but it also means my competitors in the [[US|COUNTRY]] move faster. This is the [[Slack|SOFTWARE]] message our [[CEO|GENERIC_ROLE]] sent after someone uploaded a customer list to a free tool, I keep it pinned:
"Hey all, quick one: please do not upload customer lists to ANY AI tool, not even 'just to clean the columns'. Talk to [[Jonas|PERSON]] first. Danke! [[Felix|PERSON]]"
It was our [[working student|JOB_TITLE]], [[Lotte|PERSON]], poor thing. She cried. We bought her cake.

AI: How has AI changed your team's work?

User: The boring production work is much faster, we make in a day what took a week in [[2021|DATE]]. But I worry about taste. [[Lotte|PERSON]] and the younger ones accept the first good-enough output, and they don't develop the eye. So I've started a small ritual: every [[Thursday|GENERIC_TIME]] we look at one campaign that worked and one that didn't, and nobody is allowed to ask an AI why.

AI: Do you use it privately too?

User: A little. My wife [[Dilara|PERSON]] is a [[paediatrician|JOB_TITLE]] at the [[Charité|ORGANIZATION]] and she is much stricter than me, she says AI in medicine should be boring and regulated. Our daughter [[Mila|PERSON]] is [[five|AGE]] and she thinks the voice assistant is a small woman who lives in the speaker. We have not corrected her.

AI: Thank you, [[Katrin|PERSON]]. If we want to follow up, how can we reach you?

User: By email, but I write it the German way so the bots don't get it: [[katrin punkt albers ät spreewerk punkt de|OBF_EMAIL|german_at_dot]]. Or through my profile, [[xing.com/profile/Katrin_Albers2|URL]], I still check it, I'm a little old-fashioned.""")

# 21. Ireland, secondary school principal, Limerick
T.append("""AI: Thank you for making the time. Could you tell me about yourself and your school?

User: No bother. I'm [[Pádraig Hennessy|PERSON]], I'm [[principal|JOB_TITLE]] of [[Shannonside Community College|SCHOOL]], on the edge of [[Limerick|CITY]] city. We have about seven hundred and forty students and sixty-odd staff, and we're under the [[Limerick and Clare Education and Training Board|ORGANIZATION]]. I've been [[principal|JOB_TITLE]] since [[September 2018|DATE]], and I taught maths and science for twenty-two years before that, mostly in [[Ennis|CITY]]. I'm [[fifty-six|AGE]], so I remember when the overhead projector was the cutting edge.

AI: How is AI coming into the school?

User: Through the side door, mostly. The students were using [[ChatGPT|AI_PRODUCT]] long before we had any policy. Then the [[Department of Education|ORGANIZATION]] put out guidance and we had to catch up. My own use is admin. Board of management reports, the school self-evaluation, letters to parents, timetabling puzzles. We run [[VSware|SOFTWARE]] for attendance and reports, and [[Microsoft Teams|SOFTWARE]] for the staff, and I've got [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] through the [[ETB|ORGANIZATION]] licence. It writes a decent first draft of a letter about mobile phones, put it that way.

AI: What does your staff think?

User: All sorts. My [[deputy principal|JOB_TITLE]], [[Máire Ní Shúilleabháin|PERSON]], is very measured about it, she chaired our working group and wrote the policy. [[Fergal|PERSON]] in the Irish department says it writes Irish like a tourist, and he's right. The younger teachers use it to make resources, and I've no problem with that as long as they check it. We had a staff meeting on the [[14th of February 2024|DATE]], a romantic day for it, where the working group presented, and I'd say it was the liveliest staff meeting in years. [[Máire|PERSON]] had to ring a bell.

AI: Have there been any incidents with students?

User: A few. The Leaving Cert coursework is where it matters, because that's for marks, and the [[SEC|ORGANIZATION]] has been clear that AI-generated work is a breach. We had one case where a lad's history research study had references to books that didn't exist. When we sat him down, he was more mortified than anything. The approach we've taken is conversation first. I'm not interested in catching kids, I'm interested in them learning to think.

AI: Could you share what your communication to parents looked like?

User: Sure, I have the end of it here, I'll paste the sign-off so you can see how formal we are:
Is mise le meas,
[[Pádraig Hennessy|PERSON]]
[[Principal|JOB_TITLE]]
[[Shannonside Community College|SCHOOL]], [[Old Clare Road|ADDRESS]], [[Limerick|CITY]] [[V94 T2X7|ADDRESS]]
Tel: [[061 555 0147|PHONE_NUMBER]]
The irony is [[Copilot|AI_PRODUCT]] drafted most of the letter above that sign-off, and [[Máire|PERSON]] rewrote half of it because it said "dear guardians" eleven times.

AI: How do you see the next few years, [[Pádraig|PERSON]]?

User: I'd say the exams will have to change before the teaching does. [[Norma Foley|PUBLIC_FIGURE]] started talking about senior cycle reform and AI in the same breath, and the next minister will have to finish it. At home, my wife [[Bernie|PERSON]] uses it to plan her garden and thinks I'm a Luddite. If you want me again, my mobile is [[087\u200b 555\u200b 0192|OBF_PHONE|zero_width]], texts are better than calls during the school day.""")

# 22. US, bakery owner, Portland Maine
T.append("""AI: Thanks for joining. Could you tell me about yourself and your business?

User: Of course! I'm [[Hope Pelletier|PERSON]], I'm [[42|AGE]], and I co-own a bakery called [[Crumb & Tide|ORGANIZATION]] in [[Portland|CITY]], [[Maine|CITY]], the real [[Portland|CITY]], sorry [[Oregon|CITY]]. We're at [[212 Fore Street|ADDRESS]], [[04101|ADDRESS]], right by the waterfront, so summer is chaos and [[February|GENERIC_TIME]] is very quiet. I opened it with my business partner [[Ren Okafor-Lyons|PERSON]] in [[November 2017|DATE]]. Before that I was a [[pastry chef|JOB_TITLE]] in [[Boston|CITY]] restaurants for ten years.

AI: How does AI come into running the bakery?

User: Honestly, it's the back office. We run the registers on [[Toast|SOFTWARE]], online orders through [[Shopify|SOFTWARE]], and the newsletter through [[Mailchimp|SOFTWARE]], and now all three have AI stuff bolted on. [[Toast|SOFTWARE]] tells me how many croissants to bake on a [[Saturday|GENERIC_TIME]] in [[July|GENERIC_TIME]], and it's usually about right. I use [[ChatGPT|AI_PRODUCT]] for the newsletter drafts and for scaling recipes, which is funny because it's bad at the baking math. It once told me to use four times the yeast in a scaled-up brioche. Our [[head baker|JOB_TITLE]], [[Will Tanaka|PERSON]], caught it just by looking at it.

AI: What happened with the brioche?

User: Nothing, because [[Will|PERSON]] is a genius. He's been baking for twenty years and he can smell a wrong ratio from across the room. He'll use AI for allergen lists and ordering, but never for a formula. [[Ren|PERSON]] is the opposite. [[Ren|PERSON]] loves it, runs the wholesale side, and has it draft all the emails to the cafés we supply. The one thing we all agree on is we don't let it answer customers for us. Here's an email I got last week:
"Hi [[Hope|PERSON]], I ordered a custom cake for my daughter [[Ava|PERSON]], she's turning [[seven|AGE]], and the pickup time on [[Saturday|GENERIC_TIME]] says 3pm but I need it by noon, is that ok?? thank you so much!! [[Brianna|PERSON]]"
If a robot answers that wrong, that's a kid's birthday. So we answer those ourselves.

AI: How do you think about AI and your own work as a baker?

User: I'm not scared of it for the baking. I'm a bit scared for the marketing. Everybody's [[Instagram|SOFTWARE]] looks the same now, these glowing AI photos. Ours is [[@crumbandtide|SOCIAL_HANDLE]] and I try to keep it real photos from my phone, flour on everything. I saw [[Martha Stewart|PUBLIC_FIGURE]] say in an interview that she loves AI, and I thought, well, [[Martha|PUBLIC_FIGURE]] has a staff of fifty.

AI: Do you use it at home?

User: My twins, [[Gus|PERSON]] and [[Birdie|PERSON]], are [[nine|AGE]], and they use it for homework when their dad isn't watching. [[Birdie|PERSON]]'s real name is [[Bridget|PERSON]], but nobody's called her that since she was a baby. They asked it to write a story about our bakery and it had us selling bagels, which is a sore subject in this house.

AI: Thank you, [[Hope|PERSON]]. How can we reach you to follow up?

User: Email the bakery, it's [[hello at crumb and tide dot com, all one word|OBF_EMAIL|spelled_spaced_domain]]. I'm terrible at email, [[Ren|PERSON]] is better, but I'll answer eventually. Mornings before six are actually best, that's when I'm awake and nobody needs anything yet.""")

# 23. Australia, child protection practitioner, Adelaide
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Kia ora, hi. I'm [[Mereana Walker|PERSON]], I'm a [[child protection practitioner|JOB_TITLE]] with the [[Department for Child Protection|ORGANIZATION]] here in [[South Australia|CITY]]. I work out of the office in [[Elizabeth|CITY]], in [[Adelaide|CITY]]'s northern suburbs. I'm from [[Rotorua|CITY]] originally, moved over from [[New Zealand|COUNTRY]] in [[2010|DATE]], and I've been in child protection since [[2014|DATE]]. I'm [[45|AGE]].

AI: How does AI come into your work, if at all?

User: Very cautiously, as you can imagine. Everything we write could end up in the Youth Court, and it's about children. The case management system is [[C3MS|SOFTWARE]], and there's no AI in it. The department ran a small trial last year of a tool that summarises case notes, because some of our files are thousands of pages long, and that's where it could genuinely help. Reading a family's history before a home visit can take a whole day. But public tools like [[ChatGPT|AI_PRODUCT]] are blocked on work devices, and we got this on [[Teams|SOFTWARE]] from our [[practice lead|GENERIC_ROLE]] the week the trial started:
"Team, a reminder: no client, family or carer information is to be entered into any AI tool outside the approved trial. This includes your personal phone. Thanks, [[Trish|PERSON]]"

AI: What did you make of the summarising trial?

User: Mixed. It was good at dates and events. It was bad at the things that matter. It would say "mother engaged with services" when, if you read the actual notes, she'd turned up once and sworn at the worker. The tone gets lost. My colleague [[Ahmed Rahimi|PERSON]] said it's like reading a file written by someone who's never met a family. [[Trish|PERSON]] made sure we fed all of that back. I'll give the department credit, they listened.

AI: Do you use AI tools outside of the casework?

User: For my own learning, yes. I'm doing a postgrad certificate in trauma-informed practice through [[Flinders|SCHOOL]] and I'll use [[Claude|AI_PRODUCT]] to explain research papers, because some of those are written in a language no human speaks. And for self-care stuff, honestly. This job is heavy. My partner [[Nic|PERSON]] is a [[paramedic|JOB_TITLE]], so between the two of us we've seen a lot, and we both joke about asking the chatbot for a debrief because it doesn't get tired of us.

AI: How do you feel about AI coming further into child protection?

User: There's a role for it in the admin, and we're desperate for anything that gives workers time back, because the caseloads are brutal. But I've read about places overseas using algorithms to predict which kids are at risk, and that frightens me. Those systems learn from our history, and our history with Aboriginal families, and with Māori families at home, is not one we should automate. [[Peter Malinauskas|PUBLIC_FIGURE]] has talked about more funding for the department, and I'd want that going to people, not software.

AI: Thank you, [[Mereana|PERSON]]. If we'd like to follow up, how can we contact you?

User: Personal email, please, not work: [[m . walker @ outlook . com . au|OBF_EMAIL|spaced_symbols]], I've put spaces in because I don't want it scraped from wherever this ends up. I work [[Monday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]], so [[Fridays|GENERIC_TIME]] are best.""")

# 24. UK (Wales), joiner / owner, Cardiff
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your work?

User: Aye, course. [[Dai Morgan|PERSON]]. Well, [[David|PERSON]] on paper, but nobody's called me that since school. I'm a [[joiner|JOB_TITLE]], been in the trade since I was [[sixteen|AGE]], and I'm [[sixty-one|AGE]] now, so you can do the sums. I run [[Morgan & Son Joinery|ORGANIZATION]] out of a unit in [[Canton|CITY]], in [[Cardiff|CITY]]. The son is [[Huw|PERSON]], he's [[thirty-four|AGE]] and he'll take it over when my back finally gives up. We do bespoke kitchens, staircases, and a lot of sash windows in the old terraces down in [[Penarth|CITY]].

AI: How did you come to use AI?

User: Kicking and screaming. [[Huw|PERSON]] set it all up. He does the drawings in [[SketchUp|SOFTWARE]] now, and he started using [[ChatGPT|AI_PRODUCT]] for the quotes and for replying to people on [[Checkatrade|ORGANIZATION]]. I thought it was a fad, like them 3D tellies. Then he showed me it could turn my scribbled notes into a method statement for a listed building job, and I'll be honest with you, that's paperwork I've hated for forty years. [[Cadw|ORGANIZATION]] want everything in writing for listed buildings, and the council's even worse.

AI: What kind of listed building work do you do?

User: Mostly sash windows and doors in conservation areas. There's a lovely old house in [[Llandaff|CITY]] we're doing now, Georgian, and the [[conservation officer|GENERIC_ROLE]] at [[Cardiff Council|ORGANIZATION]], a Mrs [[Prothero|PERSON]], is very particular, which is fair enough, it's her job. The method statement the machine wrote was lovely, except it called the glazing bars "muntins," which is the American word, and Mrs [[Prothero|PERSON]] sent it back with that word circled in red pen. I took that personal. Now I read every line out loud before it goes anywhere. This is the message [[Huw|PERSON]] sent me on [[WhatsApp|SOFTWARE]] last week, so you can see it's not only me:
"Dad I've put the [[Llandaff|CITY]] quote through [[ChatGPT|AI_PRODUCT]] to tidy it, check the numbers before you send, it rounded the oak to the nearest 100 again 🙄 [[H|PERSON]]"

AI: Do you ever use it in Welsh?

User: I do, actually, that surprised me. Some of our customers want their quotes in Welsh, and I'm a learner myself, on and off since the eighties. I'll ask it to translate and then my wife [[Carys|PERSON]] checks it over a cup of tea. She's a [[Welsh teacher|JOB_TITLE]], retired now, and she says its Welsh is "passable, like a keen learner from [[Surrey|CITY]]." Our granddaughter [[Efa|PERSON]], she's [[six|AGE]], goes to [[Ysgol Treganna|SCHOOL]], and she corrects the both of us.

AI: Do you have any worries about it?

User: The young ones, mostly. You can't learn this trade off a screen. You learn it by ruining a good bit of oak and having an old boy shout at you. We can't get apprentices as it is, and if the lads coming through think the machine will tell them how to cut a dovetail, we're in trouble. I heard [[Keir Starmer|PUBLIC_FIGURE]] on the radio saying AI's going to transform public services. Good. Maybe the council will answer the phone, then.

AI: If we'd like to follow up, what's the best way to reach you?

User: Landline at the unit is [[029 2018 0447|PHONE_NUMBER]], or the mobile, [[07700 900812|PHONE_NUMBER]]. There's an email, [[dai@morganandsonjoinery.co.uk|EMAIL_ADDRESS]], but [[Huw|PERSON]] reads it, not me. Just not on a [[Sunday|GENERIC_TIME]], that's rugby and chapel, in that order.""")

# 25. Philippines, freelance virtual assistant, Cebu
T.append("""AI: Thanks for joining. Could you introduce yourself?

User: Hello! I'm [[Jessa Mae Villanueva|PERSON]], but my clients all call me [[Jess|PERSON]]. I'm [[28|AGE]] and I work from home in [[Mandaue|CITY]], right beside [[Cebu City|CITY]] in the [[Philippines|COUNTRY]]. I'm a freelance [[virtual assistant|JOB_TITLE]], mostly for small businesses in the [[US|COUNTRY]] and [[Australia|COUNTRY]]. I started in [[March 2020|DATE]] when the call center I was working at, [[Teleperformance|ORGANIZATION]], sent everyone home for the lockdown, and I never went back. I have a degree in tourism from the [[University of San Carlos|SCHOOL]], which I use zero percent.

AI: What does your work look like day to day?

User: I have four regular clients right now. The biggest is Coach [[Danielle Sorensen|PERSON]], she's a [[life coach|JOB_TITLE]] in [[Tampa|CITY]], then a realtor out west, a dental clinic in [[Brisbane|CITY]], and a guy who sells fishing lures online. I do inboxes, calendars, social media, bookkeeping in [[Xero|SOFTWARE]], and more and more I build automations in [[Zapier|SOFTWARE]] and [[GoHighLevel|SOFTWARE]]. I found most of them through [[Upwork|ORGANIZATION]]. Because of the time difference I work nights, usually from eight in the evening until four in the morning.

AI: How does AI come into that?

User: It's basically my co-worker now! I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] every day, for drafting emails in each client's voice, captions, summarizing long [[Loom|SOFTWARE]] videos they send me. Here's a typical [[Slack|SOFTWARE]] message from [[Danielle|PERSON]]:
"hey [[Jess|PERSON]]!! can u have [[Claude|AI_PRODUCT]] do a first pass on the [[June|GENERIC_TIME]] newsletter? keep it warm not salesy. also pls move my [[Tues|GENERIC_TIME]] calls, [[Mark|PERSON]]'s surgery got moved 💛 [[D|PERSON]]"
So I do a first pass with AI, then I rewrite it to sound like her, because I know how she talks. She says "friend" a lot and uses a lot of exclamation points. The AI version is too polished. The value I give is that I know her.

AI: Are your clients worried AI will replace you?

User: Honestly, it already happened once. A client in [[Melbourne|CITY]] ended my contract last year, he said "we'll just use AI now." Three months later he messaged me again, because nobody was actually running the AI, haha. But the rates are going down, because clients think it's easier now. My Tatay always says I should be like [[Manny Pacquiao|PUBLIC_FIGURE]], keep fighting, so I'm learning automation because that's harder to replace.

AI: What about the business side of freelancing, like taxes and payments?

User: Here you register with the [[BIR|ORGANIZATION]] as self-employed, so I have a TIN, [[318-442-907-000|NATIONAL_ID]], and honestly [[ChatGPT|AI_PRODUCT]] helped me understand the eight percent tax option better than the website. Clients pay me through [[Wise|SOFTWARE]] and I move it to [[GCash|SOFTWARE]]. My younger brother [[Jun-Jun|PERSON]], he's [[nineteen|AGE]], I'm training him to be a VA also. My boyfriend [[Paolo|PERSON]] is a [[nurse|JOB_TITLE]] and he is applying to work in the [[UK|COUNTRY]], so maybe I will be a VA from abroad someday, who knows.

AI: Thank you, [[Jess|PERSON]]. How can we contact you to follow up?

User: You can email me at [[jessamae.va＠gmail．com|OBF_EMAIL|fullwidth_at_dot]], sorry, my keyboard does that sometimes. Or message me, same as my [[GCash|SOFTWARE]] number, [[0917 555 0286|PHONE_NUMBER]]. My mornings are your evenings in the [[US|COUNTRY]], so message anytime, I'm always awake, hehe.""")

write_set(T, "set_v")
