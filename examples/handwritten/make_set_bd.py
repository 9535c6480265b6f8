import sys
from markup import write_set
T = []

# 1 India - backend engineer
T.append("""AI: Thanks for making time today. To start, could you tell me a little about yourself and the work you do?

User: Sure. I'm [[Rohit Menon|PERSON]], I'm [[29|AGE]], and I work as a [[backend engineer|JOB_TITLE]] at [[Paysetu Technologies|ORGANIZATION]] in [[Bengaluru|CITY]]. We build reconciliation and payout systems for small lenders, so it's mostly unglamorous plumbing, but it moves actual money and mistakes are expensive. I joined in [[August 2021|DATE]], right after finishing at [[NIT Calicut|SCHOOL]], so a little over three years now.

AI: And where does AI come into your day, [[Rohit|PERSON]]?

User: Honestly, everywhere, but in small bites. [[GitHub Copilot|AI_PRODUCT]] is always on in [[VS Code|SOFTWARE]], mostly finishing boilerplate and test fixtures. When I'm stuck on something bigger, like a weird [[Postgres|SOFTWARE]] locking issue, I paste a sanitized version into [[ChatGPT|AI_PRODUCT]], because the company has an enterprise licence for it. At home I like [[Claude|AI_PRODUCT]] better for reading long logs, but I'm not allowed to put company code in it, so that's only for side projects. And on [[Slack|SOFTWARE]] there's a bot someone built on top of [[Llama|AI_PRODUCT]] that answers questions from our [[Confluence|SOFTWARE]] pages. It's wrong maybe a third of the time, but it's fast, and people like fast.

AI: Can you remember a moment where it really helped, or really didn't?

User: The one my team still teases me about is from [[March 2023|DATE]]. I let [[Copilot|AI_PRODUCT]] autocomplete a date-parsing helper and it quietly assumed month-first dates. We're in [[India|COUNTRY]]; every file our lenders send is day-first. It passed my tests because I'd written the tests with the same wrong assumption, which is the embarrassing part. Our [[senior SRE|JOB_TITLE]], [[Kavya Raghunathan|PERSON]], caught it in review before it went live. Her comment on the PR was, word for word, "who taught this function to think American, [[@rohitm|SOCIAL_HANDLE]]?" and she tagged my [[manager|GENERIC_ROLE]] on it, which I did not enjoy at the time. [[Anand|PERSON]], my [[manager|GENERIC_ROLE]], didn't make a big deal of it, but he did add a rule: if more than a handful of lines in a pull request came from [[Copilot|AI_PRODUCT]], you say so in the description, and we now have an "ai-assisted" label on [[GitHub|SOFTWARE]]. [[Deepak|PERSON]], who does most of the reviews on payouts, goes through those more slowly. His handle is [[@deepak-iyer-dev|SOCIAL_HANDLE]], and he leaves little comments like "did you read this, or did the robot?" It sounds passive-aggressive, but it works. [[Kavya|PERSON]]'s view is that the tool isn't the problem; the problem is people trusting green ticks.

AI: Does anyone outside engineering use these tools at [[Paysetu|ORGANIZATION]]?

User: Quite a lot. [[Sneha|PERSON]], our [[product manager|JOB_TITLE]], drafts release notes in [[ChatGPT|AI_PRODUCT]] and then sends them to me to check the numbers, because it once invented a feature we'd never shipped. The support team uses the assistant inside [[Freshdesk|SOFTWARE]] to summarise tickets. And our [[CEO|GENERIC_ROLE]] watched a keynote by [[Satya Nadella|PUBLIC_FIGURE]] and came back wanting an "AI strategy" by the end of the quarter, so there was a slightly chaotic month where everyone had to list use cases in a [[Google Sheet|SOFTWARE]]. Half the rows were just "summarise meetings".

AI: Does it show up at home as well?

User: Yes, more than I expected. My mother, in [[Kochi|CITY]], uses [[ChatGPT|AI_PRODUCT]] on her phone to translate [[WhatsApp|SOFTWARE]] forwards from Malayalam to English, mostly to check whether they're fake. My younger sister [[Meera|PERSON]] is [[21|AGE]] and in her final year of engineering, and she uses it for absolutely everything, which worries me a bit. I showed her that clip where [[Andrej Karpathy|PUBLIC_FIGURE]] talks about vibe coding, thinking she'd find it funny, and she said, "that's just how we do assignments, chetta."

AI: Last two things: if you could change one thing about how your team uses these tools, what would it be? And is there a good way to reach you for follow-up?

User: A shared set of prompts that actually get reviewed, the way we review code. Right now everyone has private tricks in their own notes. I'd also like the [[Confluence|SOFTWARE]] bot to cite the page it pulled an answer from; that's a small change and would save a lot of confusion. And some proper onboarding for juniors. The interns who joined this [[January|GENERIC_TIME]] lean on [[Copilot|AI_PRODUCT]] far more than I ever did, and nobody has told them when not to. Apart from that, I'd just say I'm not anti-AI, I'm anti-unreviewed-anything. For follow-ups please use my personal mail, it's [[rohit dot menon dot dev at gmail dot com|OBF_EMAIL|spelled_at_dot]]. The work inbox is filtered heavily, and I stop checking it after seven most evenings.""")

# 2 Nigeria - QA tester
T.append("""AI: Hello, and thank you for joining. Could you start by introducing yourself and your role?

User: Good afternoon. My name is [[Chiamaka Obi|PERSON]], I'm [[thirty-two|AGE]], and I'm a [[QA analyst|JOB_TITLE]] with [[Ranti Logistics|ORGANIZATION]]. We're a delivery company, head office in [[Yaba|CITY]], [[Lagos|CITY]], with hubs in [[Ibadan|CITY]] and [[Abuja|CITY]]. I test the rider app and the merchant dashboard. Before this I studied computer science at the [[University of Lagos|SCHOOL]] and then did manual testing for a bank, so I've been in QA since [[2016|DATE]], more or less.

AI: How do AI tools fit into your testing work now?

User: The biggest one for me is writing test cases. When a ticket lands in [[Jira|SOFTWARE]], I paste the acceptance criteria into [[ChatGPT|AI_PRODUCT]] and ask it for edge cases. It's very good at the boring negatives, empty fields, emoji in the address line, that sort of thing. I still decide what goes into [[TestRail|SOFTWARE]], but it saves me maybe an hour a day. For automation we use [[Cypress|SOFTWARE]], and [[Copilot|AI_PRODUCT]] helps me write the selectors faster. I also tried [[Gemini|AI_PRODUCT]] for reading screenshots of bugs that riders send us on [[WhatsApp|SOFTWARE]], because half the time they just send a picture and say "it's not working."

AI: Has it ever led you in the wrong direction?

User: Oh, yes. One time it gave me a beautiful list of test cases for a payment flow, and about a third of them were for features we don't have. Split payments, loyalty points, nonsense. [[Tunde|PERSON]], our [[dev lead|GENERIC_ROLE]], saw the test plan and asked me in standup, "[[Chiamaka|PERSON]], since when do we do loyalty points?" Everybody laughed. Since then I always give it our actual API spec from [[Postman|SOFTWARE]] first, so it has less room to dream. The other problem is that it's too polite about bugs. I asked it to help me write a bug report, and it softened everything. "The app may occasionally experience delays." No! The app crashes when you rotate the phone. I want the developers to feel it a little.

AI: Who else on your team uses these tools, and how?

User: There are three of us testers. [[Ifeoma|PERSON]] is the most careful; her username in [[Jira|SOFTWARE]] is [[ife_tests|SOCIAL_HANDLE]], and she keeps a shared doc of prompts that worked. Her email is [[ifeoma.nwosu@rantilogistics.ng|EMAIL_ADDRESS]] if you want to interview her too; she said I could share it. The newest tester, [[Bolu|PERSON]], is [[24|AGE]] and he wants to automate everything with AI, even the exploratory testing, which I keep telling him is the one part you can't hand off. Our [[manager|GENERIC_ROLE]] is supportive but careful about customer data, so we mask phone numbers and addresses before anything goes into [[ChatGPT|AI_PRODUCT]].

AI: Is there anything about AI in your work that makes you uneasy?

User: The job question, honestly. At a conference in [[Accra|CITY]] last year a speaker showed a tool that generates and runs tests by itself, and everyone went quiet. I don't think it replaces a tester who knows the riders, who knows that in [[Nigeria|COUNTRY]] the network drops when you're under a bridge on Third Mainland. But [[managers|GENERIC_ROLE]] in head office might not see the difference. I read something [[Jensen Huang|PUBLIC_FIGURE]] said about everyone becoming a programmer, and I thought, fine, then who is going to test all that code?

AI: Thank you, [[Chiamaka|PERSON]]. Two last things: do you use it outside of work, and how can we reach you if we have follow-up questions?

User: A bit. My husband [[Emeka|PERSON]] uses it to write proposals for his printing business. My son is [[nine|AGE]] and he asks it questions about football, mostly about [[Victor Osimhen|PUBLIC_FIGURE]]. I set up the account with parental settings. On [[Sundays|GENERIC_TIME]] my mother asks me to use it to find recipes that aren't "too oyinbo," her words. For follow-ups, you can call or text me. The number is [[zero eight zero, three one four, two two nine, nine seven six|OBF_PHONE|spelled_digits]]. I write it like that on forms now because of spam. Weekday evenings are best, after [[6pm|GENERIC_TIME]].""")

# 3 Brazil - data scientist
T.append("""AI: Thanks for joining. To begin, could you tell me about yourself and your job?

User: Claro. I'm [[Carla Ramos|PERSON]], [[38|AGE]] years old, and I'm a [[data scientist|JOB_TITLE]] at [[Varejo Aurora|ORGANIZATION]], a supermarket chain. I'm based in [[São Paulo|CITY]], in [[Pinheiros|CITY]], but the team is split with [[Campinas|CITY]]. I started there in [[2017|DATE]] as an analyst, after a master's at [[USP|SCHOOL]], and moved into data science when they created the pricing squad.

AI: What does a normal week look like, and where does AI come in?

User: Most of the week is demand forecasting and promotion analysis. We live in [[Databricks|SOFTWARE]] and the business people live in [[Power BI|SOFTWARE]]. The AI part is mostly [[Copilot|AI_PRODUCT]] in the notebooks, for pandas code I've written a thousand times, and [[ChatGPT|AI_PRODUCT]] for explaining results to people who don't want to hear the word "heteroscedasticity". I'll paste a chart description and ask, "explain this to a [[store manager|GENERIC_ROLE]] in three sentences." Sometimes I ask [[Gemini|AI_PRODUCT]] the same thing and pick the better one.

AI: Can you give me an example where that made a difference?

User: Last [[Carnaval|GENERIC_TIME]] we had a promotion on beer that did terribly in the northeast stores, and the [[commercial director|GENERIC_ROLE]] wanted to know why by the next morning. I had the numbers but not the words. I wrote a draft with [[ChatGPT|AI_PRODUCT]], then my colleague [[Thiago Nascimento|PERSON]] — we call him [[Thiaguinho|PERSON]] because there's another [[Thiago|PERSON]] in finance — read it and said it sounded like a horoscope. So we rewrote it together. The tool gave us structure; the real explanation was that the promo started on the same day as a big regional holiday in [[Recife|CITY]] and [[Salvador|CITY]], and the stores were out of stock. No model would have known that. [[Juliana|PERSON]] from supply chain knew it in five seconds.

AI: You mentioned a [[commercial director|GENERIC_ROLE]]. How does leadership see these tools?

User: Mixed. Our [[director|GENERIC_ROLE]] is enthusiastic but vague; he shares [[LinkedIn|SOFTWARE]] posts about [[Sam Altman|PUBLIC_FIGURE]] and asks why we don't have "a GPT for prices". My direct [[manager|GENERIC_ROLE]], [[Marcelo|PERSON]], is more practical. He made us write a one-page policy: no customer CPF numbers, no supplier contracts, nothing with a name in it goes to an external tool. We have an internal version now, running on [[Azure OpenAI|AI_PRODUCT]], and for sensitive stuff we use that.

AI: Are there tasks you've decided not to use AI for?

User: Feature selection and anything causal. I tried asking it whether a price change caused a drop in sales and it happily gave me an answer, with confidence, with no data. That scared me more than helped. Also hiring. We had a vacancy in [[October|GENERIC_TIME]] and someone suggested screening CVs with it. I said no. [[Juju|PERSON]], that's [[Juliana|PERSON]], agreed with me, and in the end [[Marcelo|PERSON]] dropped the idea.

AI: Thank you, [[Carla|PERSON]]. Before we finish: does anyone in your family use these tools, and is there a way to follow up with you?

User: My daughter [[Lívia|PERSON]] is [[seven|AGE]], so not yet, but she talks to the voice assistant in the car and thinks it's a person. My husband works at a physiotherapy clinic and uses [[ChatGPT|AI_PRODUCT]] to write exercise sheets for patients. My father, in [[Belo Horizonte|CITY]], refuses. He says he doesn't talk to machines that agree with everything. And one more thing: I'd like more honesty from the vendors. Everyone at conferences says the models "understand" the data. They don't. [[Yann LeCun|PUBLIC_FIGURE]] says the same, and he's not exactly a beginner. For follow-ups you can write to me at [[carla ponto ramos arroba uol ponto com ponto br|OBF_EMAIL|foreign_at_dot]]. I write it that way because my old address ended up on every spam list in [[Brazil|COUNTRY]].""")

# 4 Germany - DevOps
T.append("""AI: Thanks for taking part. Could you introduce yourself and tell me what you do?

User: Yes, of course. [[Jonas Weber|PERSON]], I'm [[41|AGE]], and I'm a [[platform engineer|JOB_TITLE]] — the job posting said [[DevOps engineer|JOB_TITLE]], but nobody agrees on what that means. I work for [[Lieferkette GmbH|ORGANIZATION]], we do warehouse software for mid-sized retailers. Office is in [[Berlin|CITY]], [[Kreuzberg|CITY]], but I'm remote three days a week from [[Potsdam|CITY]]. I've been there since [[November 2019|DATE]].

AI: What does AI look like in your day-to-day work?

User: Mostly three things. First, [[Terraform|SOFTWARE]] and [[Kubernetes|SOFTWARE]] manifests: I use [[Copilot|AI_PRODUCT]] for the boring parts, like labels and resource limits. Second, incident work. When [[PagerDuty|SOFTWARE]] wakes me up at three in the morning, I'll paste a stack trace or a [[Grafana|SOFTWARE]] screenshot into [[Claude|AI_PRODUCT]] and ask for hypotheses. It's like having a slightly overconfident junior next to you who has read every [[Stack Overflow|SOFTWARE]] answer. Third, writing postmortems, which nobody likes doing.

AI: Are there rules at [[Lieferkette|ORGANIZATION]] about which tools you're allowed to use?

User: Very German rules, yes. Our customers are all over [[Europe|CONTINENT]] and they ask where their data goes, so the works council got involved. We have an approved list. [[Claude|AI_PRODUCT]] via a European endpoint is on it, [[Mistral|AI_PRODUCT]]'s [[Le Chat|AI_PRODUCT]] is on it because it's French and people feel better about that, and [[ChatGPT|AI_PRODUCT]] is only allowed without customer data. The [[data protection officer|GENERIC_ROLE]] reviews every new tool, which means the list is always six months behind reality.

AI: Can you tell me about a time the AI help went wrong?

User: Yes, in [[February 2024|DATE]]. I asked for a quick fix for a certificate renewal problem on our ingress controller and the suggestion was to disable TLS verification "temporarily". I didn't do it, but I was tired, and for a second I thought about it. My colleague [[Ayşe Kaya|PERSON]] — she's our [[security engineer|JOB_TITLE]] — wrote in the incident channel, "@here, if anyone disables verification I will personally revoke your kubeconfig." Her [[Slack|SOFTWARE]] handle is [[@ayse.sec|SOCIAL_HANDLE]], and that message is now pinned. It became a kind of team motto. The other thing is that the models love outdated APIs. [[Kubernetes|SOFTWARE]] deprecates things, and the tool gives you a manifest from [[2021|DATE]] with full confidence. You learn to check the version every time.

AI: How do you share what you learn with your team?

User: I keep a small public blog, [[https://jonasweber.dev|URL]], where I write up the prompts and patterns that worked, minus anything internal. My [[GitHub|SOFTWARE]] is [[@jweber-ops|SOCIAL_HANDLE]], where I have a few sample repos, like a script that strips secrets out of logs before you paste them anywhere. Internally, every second [[Thursday|GENERIC_TIME]] we have a thirty-minute "AI clinic", where someone shows one workflow. [[Malte|PERSON]] from the database team showed how he uses it to explain slow queries, and that one got the most questions.

AI: Thanks, [[Jonas|PERSON]]. To finish, a few things at once: do you follow the broader debates, for example in open source, does AI come up at home, and how should we contact you?

User: A bit. I read what [[Linus Torvalds|PUBLIC_FIGURE]] said — something like, it's mostly marketing but could be useful for code review — and I agree more than I'd like to admit. I maintain a small [[Helm|SOFTWARE]] plugin in my free time, and I've started getting pull requests that are obviously generated. They look fine and don't work. That's tiring. At home, my partner [[Lena|PERSON]] is a [[teacher|JOB_TITLE]], and she is much more sceptical than me. Her school banned it for pupils, and then the teachers started using it to write parent letters. Our son [[Finn|PERSON]] is [[twelve|AGE]] and is allowed to use it for homework only if he tells us. It's a negotiation. For follow-up, work email is easiest: [[jonas.weber@lieferkette.de|EMAIL_ADDRESS]]. I usually answer in the mornings, before the first standup at [[9:30|GENERIC_TIME]].""")

# 5 Japan - UX designer
T.append("""AI: Thank you for joining us. Could you tell me a little about yourself?

User: Yes. My name is [[Haruka Sato|PERSON]]. I'm [[27|AGE]] and I work as a [[UX designer|JOB_TITLE]] at [[Minato Kikaku|ORGANIZATION]], a small design agency in [[Osaka|CITY]]. Our office is near [[Umeda|CITY]]. I studied at [[Kyoto Seika University|SCHOOL]], and I joined the agency in [[April 2020|DATE]], just when everything went remote, so my first year was all video calls.

AI: What kind of projects do you work on, and how does AI come into them?

User: Mostly apps and websites for regional companies. Right now, a booking app for a chain of dental clinics and a website renewal for a local railway. For AI, I use [[ChatGPT|AI_PRODUCT]] a lot in research: I give it interview notes, with names removed, and ask it to cluster the pain points. In [[Figma|SOFTWARE]], I sometimes use the built-in AI to make placeholder copy or rename layers, which is a small thing but saves time. For moodboards I used [[Midjourney|AI_PRODUCT]] at the beginning, but now the agency prefers [[Adobe Firefly|AI_PRODUCT]] because of licensing.

AI: Why the switch?

User: One of our clients asked whether the images in our concept deck could be used commercially, and we couldn't answer clearly. [[Mori|PERSON]]-san, our [[art director|JOB_TITLE]], was very worried. He's quite traditional; he loves [[Hayao Miyazaki|PUBLIC_FIGURE]] and he quotes the famous comment about AI animation being "an insult to life itself." So now the rule is: AI images only for internal exploration, never in anything we deliver, and only [[Firefly|AI_PRODUCT]].

AI: How do your colleagues feel about it?

User: Different feelings. [[Yuto|PERSON]], the other [[designer|JOB_TITLE]], is very excited; he tries every new tool, like [[Galileo AI|AI_PRODUCT]] and [[v0|AI_PRODUCT]], and shows us in the [[Tuesday|GENERIC_TIME]] meeting. Our [[president|GENERIC_ROLE]], [[Yamada|PERSON]]-san, thinks it can make us faster so we can take more projects. But our [[copywriter|JOB_TITLE]], [[Aoi Nakamura|PERSON]], is worried that clients will just write the copy with [[ChatGPT|AI_PRODUCT]] and not need her. I think that's a real worry. Last month one client sent us copy that was obviously generated, with strange polite English phrases translated back into Japanese. [[Aoi|PERSON]] fixed it, but nobody paid her for that time.

AI: Is there a specific moment where the AI was really useful?

User: Yes. For the dental clinic app, we did interviews with older patients, many over seventy. I was struggling to organise the notes. I asked [[ChatGPT|AI_PRODUCT]] to find patterns and it pointed out that many people mentioned their daughter or son booking for them. That changed the design, we added a "book for a family member" flow. Of course I could have found it myself, but it was fast. I also asked it to check our screens against accessibility guidelines, and it found small text contrast problems, but it also said some things were fine that were not fine. So I use the real checker in [[Stark|SOFTWARE]] afterwards.

AI: Thank you, [[Haruka|PERSON]]-san. Do you use it outside of work, and how can we reach you later?

User: My younger brother [[Kenta|PERSON]] is a university student in [[Kyoto|CITY]] and he uses it for English homework. I help him check it. My grandmother in [[Wakayama|CITY]] asked me if the AI can read her handwriting, and actually [[Gemini|AI_PRODUCT]] could read her recipe cards pretty well. That was a nice moment. One more thing: I hope designers are included when companies decide these policies. Usually only engineers and managers decide. If you want to talk again, my phone is [[０８０-４４１７-２９６３|OBF_PHONE|fullwidth_digits]]. Please send a message on [[LINE|SOFTWARE]] first, I don't answer unknown calls. My [[LINE|SOFTWARE]] ID is [[haru_ux_sato|SOCIAL_HANDLE]].""")

# 6 USA - startup founder
T.append("""AI: Thanks for jumping on. Could you start by telling me who you are and what you're building?

User: Sure. I'm [[Dana Whitfield|PERSON]], I'm [[36|AGE]], and I'm the [[co-founder|JOB_TITLE]] of [[Loamly|ORGANIZATION]]. We make soil-moisture analytics for mid-sized farms: sensors in the field, a dashboard, and alerts on your phone. There are six of us. We're based in [[Austin|CITY]], though I grew up outside [[Lubbock|CITY]] on a cotton farm, which is honestly the whole reason the company exists. We incorporated in [[May 2022|DATE]].

AI: At a company that small, where does AI fit?

User: Everywhere, because we can't afford not to. My [[co-founder|JOB_TITLE]] [[Priya Natarajan|PERSON]] writes most of the code, and she lives in [[Cursor|AI_PRODUCT]] with [[Claude|AI_PRODUCT]] as the model. I do sales, fundraising, support, hiring, everything else. I use [[ChatGPT|AI_PRODUCT]] for first drafts of investor updates, [[Perplexity|AI_PRODUCT]] for market research, and we have a little [[Zapier|SOFTWARE]] flow that takes support emails, summarises them with an LLM and drops them into [[HubSpot|SOFTWARE]] so I'm not reading forty emails at six in the morning. Our [[salesperson|GENERIC_ROLE]] — well, that's also me — records demos in [[Loom|SOFTWARE]] and the transcripts go into [[Notion|SOFTWARE]].

AI: Can you tell me about a specific time it made a real difference?

User: [[Last fall|GENERIC_TIME]] we were trying to close a pilot with [[Hartley Family Farms|ORGANIZATION]] up near [[Des Moines|CITY]]. Their operations guy, [[Walt Hartley|PERSON]], sent me a forty-page PDF of their irrigation records and a list of questions, and he wanted answers before his board meeting on [[Thursday|GENERIC_TIME]]. [[Claude|AI_PRODUCT]] read the whole thing and helped me build a comparison table in about an hour. That would have been my whole weekend otherwise. We got the pilot. [[Walt|PERSON]] still doesn't know, and I'm not sure he'd care. The flip side: I once had [[ChatGPT|AI_PRODUCT]] draft a follow-up to an investor, and it cheerfully stated our churn rate, which it had made up from nothing. I caught it, but only because the number was too good. Now I have a rule: any number in anything I send has to come from a spreadsheet I can point to.

AI: How do investors and customers react to how much you rely on AI?

User: Investors love it, maybe too much. At a pitch in [[San Francisco|CITY]], one partner at [[Caldera Ventures|ORGANIZATION]] asked me what our "AI moat" was, like we were supposed to have trained a foundation model from a farmhouse. I quoted something [[Paul Graham|PUBLIC_FIGURE]] wrote about doing things that don't scale and told him the moat is that I drive out to the fields. Farmers are the opposite. A lot of them are in their sixties, they don't want a chatbot, they want a phone number that a human picks up. So our support line, [[(512) 555-0148|PHONE_NUMBER]], goes to my cell, and it will for as long as I can manage.

AI: What about hiring? Has AI changed that for you?

User: Yes, and not in a good way. We posted a [[backend engineer|GENERIC_ROLE]] role in [[January|GENERIC_TIME]] and got three hundred applications, and at least half the cover letters were clearly generated. Same phrases, "I am thrilled at the opportunity to leverage". [[Priya|PERSON]] built a short take-home exercise instead, and we hired [[Mateo Ruiz|PERSON]], who's [[24|AGE]] and from [[El Paso|CITY]]. Funny thing is, he uses AI more than anyone on the team, but he told us upfront, and he could explain every line of his submission.

AI: Thanks, [[Dana|PERSON]]. Last question: how does this spill into your personal life, and how can we follow up with you?

User: My husband [[Chris|PERSON]] teaches high-school history and he's fighting the AI homework battle every day, so dinner conversations are lively. Our daughter [[Harper|PERSON]] just turned [[five|AGE]] and she asks the voice assistant to tell her stories about tractors, which I find hilarious. For follow-up, the simplest is my [[LinkedIn|SOFTWARE]], [[linkedin.com/in/dana-whitfield-loamly|URL]], or just email [[dana@loamly.io|EMAIL_ADDRESS]]. I answer everything, eventually.""")

# 7 Kenya - IT support
T.append("""AI: Hello, thank you for joining. Please tell me a bit about yourself and your job.

User: Thank you. I am [[Wanjiru Kamau|PERSON]], I'm [[26|AGE]], and I work as an [[IT support technician|JOB_TITLE]] at [[Mara Savings Cooperative|ORGANIZATION]], a SACCO. Our head office is in [[Westlands|CITY]], in [[Nairobi|CITY]], and we have branches in [[Nakuru|CITY]] and [[Eldoret|CITY]]. I studied at [[Kenyatta University|SCHOOL]] and joined the cooperative in [[January 2022|DATE]]. It's a small IT team, only three of us for about two hundred staff.

AI: What does a typical day look like, and where does AI come into it?

User: A typical day is password resets, printers, and somebody's [[Outlook|SOFTWARE]] not syncing. Tickets come through [[Freshservice|SOFTWARE]], and it has an AI feature now that suggests categories and replies. It's okay for simple things. I also use [[ChatGPT|AI_PRODUCT]] a lot to write [[PowerShell|SOFTWARE]] scripts for [[Active Directory|SOFTWARE]], like bulk-disabling accounts when people leave. Before, I would copy from forums and hope. Now I ask it to explain each line, so I'm actually learning. Management approved [[Microsoft 365 Copilot|AI_PRODUCT]] for the senior people only, so I support that too, even though I don't have a licence myself.

AI: Can you describe a time it really helped or caused problems?

User: The funniest one: the printer in the [[Nakuru|CITY]] branch kept jamming and [[Grace|PERSON]], the branch [[cashier|JOB_TITLE]], sent a ticket that said, "[[Wanjiru|PERSON]] the printer is possessed again, please pray for it." I pasted the error code into [[ChatGPT|AI_PRODUCT]] and it told me the fuser needed replacing, which was right. I walked [[Grace|PERSON]] through it on a video call, and it worked. She now calls me "the exorcist". The problem one was when my colleague [[Brian Odhiambo|PERSON]], our [[network administrator|JOB_TITLE]], asked [[Gemini|AI_PRODUCT]] for firewall rules and applied them without testing on a [[Friday|GENERIC_TIME]] evening. The branches lost connection to the core banking system for two hours on [[Saturday|GENERIC_TIME]] morning, which is our busiest time. Our boss, Mr. [[Otieno|PERSON]], was not happy. Since then we have a rule: nothing the AI writes goes live without a second person checking it, and never on [[Fridays|GENERIC_TIME]].

AI: How do you handle member data when you use these tools?

User: Very carefully. Our members' details, ID numbers, [[M-Pesa|SOFTWARE]] numbers, loans — none of that goes into any chatbot. If I need help with a script that touches member records, I replace the real values with fake ones. Mr. [[Otieno|PERSON]] made everyone sign a short policy in [[March|GENERIC_TIME]]. We log into the internal systems with our staff numbers, mine is [[MSC-2291|NATIONAL_ID]], and even that I don't paste anywhere. The auditors from the regulator asked about AI last year, and we were able to show them the policy, which made [[Otieno|PERSON]] very proud.

AI: What do you think AI means for people in roles like yours?

User: I think support will change a lot. The simple tickets will be handled by bots, and people like me will do the harder things. That's fine if we are trained. I watched a talk where [[Bill Gates|PUBLIC_FIGURE]] said AI will be like a personal tutor for everyone, and for me it has been exactly that. But in [[Kenya|COUNTRY]] many small companies don't even have proper licences for [[Windows|SOFTWARE]], so AI tools are a long way off for them. My cousin works at a cyber café in [[Kisumu|CITY]], and people come in asking him to use [[ChatGPT|AI_PRODUCT]] for them, to write CVs and letters to the county.

AI: Thank you, [[Wanjiru|PERSON]]. Is there anything you would like to add, and how can we reach you?

User: Only that I hope the companies making these tools remember that many of us are on slow internet and shared computers. For follow-up you can call or [[WhatsApp|SOFTWARE]] me on [[0 7 2 2 4 1 5 8 3 9|OBF_PHONE|spaced_digits]]. I'm usually free at lunch, around [[one o'clock|GENERIC_TIME]].""")

# 8 Poland - ML engineer
T.append("""AI: Thanks for joining. Could you introduce yourself and your work?

User: Hi, yes. I'm [[Tomasz Zieliński|PERSON]], but everyone calls me [[Tomek|PERSON]]. I'm [[33|AGE]], I'm a [[machine learning engineer|JOB_TITLE]] at [[Vistula Vision|ORGANIZATION]] in [[Kraków|CITY]]. We build computer-vision systems for quality inspection in factories, mostly detecting scratches and cracks on metal parts. I studied at [[AGH|SCHOOL]], finished in [[2015|DATE]], and after a few years in a bank I moved here in [[2019|DATE]].

AI: How do you use AI tools in your own work, separate from the models you build?

User: It's a funny situation, because I build models, and then I use other people's models to help me build them. For coding I use [[Copilot|AI_PRODUCT]] in [[PyCharm|SOFTWARE]], and for bigger refactors I'll talk it through with [[Claude|AI_PRODUCT]]. For labelling data we use [[Label Studio|SOFTWARE]] with [[Segment Anything|AI_PRODUCT]] to pre-draw the masks, and then people correct them. That alone cut our labelling time by maybe sixty percent. Experiments are tracked in [[Weights & Biases|SOFTWARE]], and I've started asking [[ChatGPT|AI_PRODUCT]] to read the run summaries and tell me which experiments are worth a second look. It's not always right, but it reads faster than I do.

AI: Could you describe how AI shows up in code review on your team?

User: Sure. There are five of us. [[Agnieszka Woźniak|PERSON]], we call her [[Aga|PERSON]], is the [[tech lead|GENERIC_ROLE]]. Her [[GitHub|SOFTWARE]] handle is [[@aga-wozniak|SOCIAL_HANDLE]], and she's strict. In [[May 2024|DATE]] I pushed a data-augmentation module that [[Copilot|AI_PRODUCT]] mostly wrote, and she left a comment I still remember: "Works, but who named this variable tmp_final_v2_real? Be honest." Then [[Kuba|PERSON]] — [[Jakub Lis|PERSON]], our [[MLOps engineer|JOB_TITLE]] — added under it: "LGTM, but please stop letting the robot name things." Now we have a pre-commit hook that complains about names like that. It's a joke, but also not a joke.

AI: Have you had any bigger problems with these tools?

User: One serious one. A client, [[Silesia Bearings|ORGANIZATION]] in [[Katowice|CITY]], asked whether our model could also detect corrosion. I asked [[ChatGPT|AI_PRODUCT]] to estimate how much data we would need, and it gave me a confident number, about two thousand images. I put that in an email to the client's [[plant manager|GENERIC_ROLE]]. In reality we needed much more because the corrosion looks different under their lighting. We had to renegotiate. Since then, any estimate we give a client comes from our own experiments, not a chatbot. I also read [[Fei-Fei Li|PUBLIC_FIGURE]]'s book last year, and it reminded me that data is the hard part, always. The models are not the bottleneck.

AI: What about the people on the factory floor — how do they see AI?

User: Mixed feelings. Some operators in [[Katowice|CITY]] were worried the cameras would replace them. In practice the system flags parts and a person decides. One older operator, pan [[Zdzisław|PERSON]], told me in the first week that he'd been looking at bearings for thirty years and no computer would see what he sees. After two months he was the one asking for the confidence scores on a bigger screen. I liked that.

AI: Thank you, [[Tomek|PERSON]]. Anything else, and how can we reach you afterwards?

User: Maybe just that I'd like the big AI companies to publish more honestly what their models were trained on. We use open models like [[Qwen|AI_PRODUCT]] and [[Llama|AI_PRODUCT]] for some internal tools, and licensing is a headache. At home my wife [[Marta|PERSON]] says I talk about data quality in my sleep. For follow-up, please write to [[tomek.zielinski (at) proton (dot) me|OBF_EMAIL|paren_at_dot]]; I don't check my work email on [[weekends|GENERIC_TIME]].""")

# 9 Mexico - product manager
T.append("""AI: Thank you for joining today. Could you tell me about yourself and your role?

User: Claro. I'm [[Mariana López Ortega|PERSON]], I'm [[31|AGE]], and I'm a [[product manager|JOB_TITLE]] at [[Pagora|ORGANIZATION]], a fintech that does payment links and point-of-sale for small shops. I'm in [[Guadalajara|CITY]] — well, [[Zapopan|CITY]] technically — and the company has another office in [[Mexico City|CITY]]. I studied industrial engineering at [[ITESO|SCHOOL]] and I've been at [[Pagora|ORGANIZATION]] since [[2019|DATE]], first in operations, then product.

AI: How does AI fit into your work as a [[product manager|JOB_TITLE]]?

User: A lot of it is writing. PRDs, user stories, release notes, answers to the sales team. I draft in [[Notion|SOFTWARE]] and use its AI to clean up, and for longer thinking I use [[Claude|AI_PRODUCT]]. I also use [[ChatGPT|AI_PRODUCT]] for analysing customer interviews: I record them with consent, transcribe them, remove names, and ask it for themes. For data I'm supposed to use [[Amplitude|SOFTWARE]], but honestly I often export to [[Excel|SOFTWARE]] and ask [[Gemini|AI_PRODUCT]] to help me with formulas. And our backlog lives in [[Linear|SOFTWARE]].

AI: Is there a project where this made a visible difference?

User: Yes. In [[September 2023|DATE]] we were deciding whether to build installment payments. I had twenty interviews with shop owners, from taquerías to pharmacies, and I used [[Claude|AI_PRODUCT]] to group the pain points. It showed that people didn't care about installments as much as about getting their money the same day. That changed our roadmap. My [[jefa|GENERIC_ROLE]], the [[VP of Product|GENERIC_ROLE]], was skeptical at first, but when [[Rodrigo|PERSON]], our [[UX researcher|JOB_TITLE]], checked the raw notes, he agreed with the themes. There was also a less nice moment. One of our bigger clients, [[Farmacias del Valle|ORGANIZATION]], sent a complaint, and I asked [[ChatGPT|AI_PRODUCT]] to help me answer. The response was so smooth and corporate that their owner, Don [[Ernesto|PERSON]], replied, "[[Mariana|PERSON]], ¿esto lo escribió un robot?" He was right. I called him instead and apologised properly.

AI: How do engineers and designers on your team feel about AI?

User: The engineers use [[Cursor|AI_PRODUCT]] and love it. [[Chuy|PERSON]] — his name is [[Jesús Medina|PERSON]], but nobody calls him that — says he ships twice as fast. But then the QA team finds twice the bugs, so I'm not sure. The designers are more careful. I read [[Marty Cagan|PUBLIC_FIGURE]], and he says product managers shouldn't just be writing tickets, and I worry that AI makes it too easy to produce documents and too easy to stop talking to real customers. Don [[Ernesto|PERSON]] taught me that lesson better than any book.

AI: Do you see differences in how AI is used in [[Mexico|COUNTRY]] versus elsewhere?

User: Yes. Our parent investors are from the [[United States|COUNTRY]], and there's a lot of pressure to "add AI" to the product. But our customers are shop owners in [[Tlaquepaque|CITY]] or [[Tonalá|CITY]] who want [[WhatsApp|SOFTWARE]] and cash. So for them, AI must be invisible: better fraud detection, better support in Spanish. Not a chatbot with a funny name.

AI: Thank you, [[Mariana|PERSON]]. Anything else you want to add, and how could we contact you for follow-up?

User: Only that I think product people need to learn the basics of how these models work, not only the prompts. My mother laughs at me because I explain tokens at [[Sunday|GENERIC_TIME]] dinner. For follow-up, better use my personal email, it's [[mariana punto lopez punto o arroba gmail punto com|OBF_EMAIL|foreign_at_dot]], all lowercase. I check it in the evenings.""")

# 10 Philippines - technical writer
T.append("""AI: Hi, thanks for taking the time. Could you tell me about yourself and your job?

User: Hello! I'm [[Joanna Villanueva|PERSON]], most people call me [[Jo|PERSON]]. I'm [[34|AGE]], and I'm a [[technical writer|JOB_TITLE]] at [[Bayanihan Digital|ORGANIZATION]], an outsourcing company in [[Cebu City|CITY]]. Our office is near [[Lahug|CITY]]. We write documentation for foreign software companies. My main account right now is [[Northwind Ledger|ORGANIZATION]], an accounting SaaS from [[Canada|COUNTRY]]. I graduated from the [[University of San Carlos|SCHOOL]] with a degree in English and fell into tech writing in [[2015|DATE]].

AI: How do you use AI tools in your writing work?

User: Quite a lot now, but carefully. I use [[ChatGPT|AI_PRODUCT]] to turn developer notes into a first draft of release notes. Developers write things like "fixed the thing with the ledger sync", and I need to turn that into something a customer understands. I also use [[Claude|AI_PRODUCT]] for reviewing long API references, checking if the parameter names in the docs match the code samples. For grammar we have [[Grammarly|SOFTWARE]], and for translation the client uses [[DeepL|AI_PRODUCT]] for the French version of the docs. Our docs site is built with [[Docusaurus|SOFTWARE]], and the source is in [[GitHub|SOFTWARE]], so I've learned a bit of git because of this job.

AI: Have there been moments where it went wrong?

User: Yes, a memorable one. In [[July 2023|DATE]] I used [[ChatGPT|AI_PRODUCT]] to draft a how-to for setting up tax rates, and it wrote a step that didn't exist in the product. It sounded perfect. The client's [[support manager|GENERIC_ROLE]] in [[Vancouver|CITY]], [[Gillian Marsh|PERSON]], found it because three customers opened tickets asking where the button was. She wasn't angry, but she wrote to my [[team lead|GENERIC_ROLE]], "Please make sure a human walks through every procedure." Fair. Since then, I click through every step in the staging environment before I publish anything.

AI: How does your team share practices around AI?

User: We have a group chat on [[Viber|SOFTWARE]], and [[every Friday afternoon|GENERIC_TIME]] one person shares a prompt that worked. Ate [[Rose|PERSON]], she's our most senior writer, is the most skeptical. She's [[52|AGE]] and has been writing manuals since before the internet was everywhere, she says. She always says the AI writes "like a salesman in a hurry." [[Paolo|PERSON]], the youngest, is the opposite, he'd let it write everything. Our [[team lead|GENERIC_ROLE]], [[Marivic Santos|PERSON]], made a simple rule: AI can draft, humans decide. And nothing from the client's private roadmap goes into public tools. I also follow some writers online. There's an essay by [[Ted Chiang|PUBLIC_FIGURE]] where he compares [[ChatGPT|AI_PRODUCT]] to a blurry JPEG of the web, and I shared it with the team. [[Rose|PERSON]] printed it and put it on the wall.

AI: Do you think AI threatens your job?

User: Sometimes I worry. The [[Philippines|COUNTRY]] has so many people in outsourcing, and a lot of that is writing and support. If companies in [[North America|CONTINENT]] decide the AI is good enough, we feel it first. But so far my client wants more docs, not fewer, because they're shipping faster. My role is shifting to checking and structuring instead of typing. I posted about it on [[X|SOFTWARE]], my handle is [[@jo_writes_docs|SOCIAL_HANDLE]], and a lot of writers from [[Manila|CITY]] and [[Davao|CITY]] replied with the same feeling.

AI: Thank you, [[Jo|PERSON]]. Anything to add, and how can we reach you?

User: My mother in [[Davao|CITY]] asked me last week if the AI can write her homily notes for the parish group. I said yes, but she must read them first. That's my whole philosophy, really. You can reach me by phone or [[Viber|SOFTWARE]] at [[+63 917 five five two 0 three eight one|OBF_PHONE|mixed_digits_words]]. Mornings are better, before the [[US|COUNTRY]] clients wake up.""")

# 11 UK - sysadmin
T.append("""AI: Thanks for joining us. Could you start by telling me a bit about yourself and your job?

User: No bother. I'm [[Liam Bradshaw|PERSON]], I'm [[forty-five|AGE]], and I'm a [[Linux systems administrator|JOB_TITLE]] for [[Pennine Housing Group|ORGANIZATION]]. We're a housing association, about nine thousand homes across [[Greater Manchester|CITY]]. I'm based at the head office in [[Salford|CITY]], though I live out in [[Stockport|CITY]]. I've been there since [[2009|DATE]], which makes me part of the furniture at this point.

AI: Where does AI come into your work, if at all?

User: More than I expected, to be honest. I was a sceptic. I write a lot of [[Ansible|SOFTWARE]] and [[Bash|SOFTWARE]], and a couple of years ago my mate [[Dev|PERSON]] — that's his actual name, [[Dev Mistry|PERSON]], not a job title, he's our [[network engineer|JOB_TITLE]] — showed me how he was using [[ChatGPT|AI_PRODUCT]] to write playbooks. I thought it was daft, then I tried it on a horrible log-rotation problem and it saved me an afternoon. These days I use [[Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]], and because of data protection we've also set up a local model with [[Ollama|SOFTWARE]] running [[Mistral 7B|AI_PRODUCT]] on a spare box, for anything that touches tenant data. It's slower and a bit thicker than the big ones, but nothing leaves the building.

AI: Could you tell me about a time it really helped, or didn't?

User: The good one was a [[Sunday|GENERIC_TIME]] night, the backup server fell over and [[Zabbix|SOFTWARE]] was screaming. I pasted the errors into the local model and it pointed me at a full disk on the NFS mount, which, fair enough, I should've spotted, but it was midnight. The bad one was when it confidently told me a `sed` one-liner was safe, and it wiped the comments out of a config file that a contractor had documented everything in. Luckily it was in git. [[Hazel|PERSON]] on the service desk sent me a message afterwards saying "[[liam|PERSON]] love why is the repairs portal showing a teapot?" That was a separate bug, but it didn't help my mood that week.

AI: How do your managers and the wider organisation feel about AI?

User: There's a lot of enthusiasm upstairs. Our [[chief executive|GENERIC_ROLE]] did a course and came back talking about [[Demis Hassabis|PUBLIC_FIGURE]] and protein folding, which is lovely, but we're a housing association, we fix boilers. My [[line manager|GENERIC_ROLE]], [[Rebecca Okafor|PERSON]], is more grounded. She's made us write down every tool we use and what data goes in it, because the regulator and our tenants would be furious if their details ended up in some American training set. We also had a consultant in from [[Leeds|CITY]] who wanted to put a chatbot on the repairs line. The tenants' panel said no, quite firmly. Older tenants, especially, want to talk to a human, and I think they're right.

AI: What practical things have you set up around it?

User: A few. All the new kit gets delivered to our depot at [[Unit 4, Brindle Way|ADDRESS]], [[Trafford Park|CITY]], [[M17 1PQ|ADDRESS]], and I've got an [[Ansible|SOFTWARE]] role that builds the laptops, which I wrote about half of with AI help. We keep a wiki page of "prompts that didn't lie to us". And [[Dev|PERSON]] and I run a lunch session once a month for the housing officers, showing them how to use [[Microsoft 365 Copilot|AI_PRODUCT]] to summarise long email threads without pasting in tenant names. The housing officers are the ones drowning, really, more than us.

AI: Thanks, [[Liam|PERSON]]. Anything else you'd like to add, and how can we get hold of you for follow-up?

User: Only that I'd like vendors to stop calling everything "AI-powered". Our old helpdesk had a search box, and now it's "AI-powered search", same box. For follow-up, ring me on my mobile, it's [[oh-seven-seven-double-oh, nine-one-two, four-four-six|OBF_PHONE|spoken_digits]]. If I don't pick up, I'm probably in the server room; there's no signal in there. I'm usually around until about [[half five|GENERIC_TIME]].""")

# 12 Canada - developer advocate
T.append("""AI: Thanks for being here. Could you introduce yourself and your role?

User: Of course. I'm [[Julien Tremblay|PERSON]], I'm [[30|AGE]], and I'm a [[developer advocate|JOB_TITLE]] at [[Quillbase|ORGANIZATION]]. We make a document-parsing API, so developers send us PDFs and invoices and get structured data back. The company is remote-first; I'm in [[Montreal|CITY]], in the [[Plateau|CITY]], and the rest of the team is scattered between [[Toronto|CITY]], [[Lisbon|CITY]] and [[Austin|CITY]]. I joined in [[June 2022|DATE]], after a few years as a [[backend developer|JOB_TITLE]]. I studied at [[Polytechnique Montréal|SCHOOL]].

AI: What does a [[developer advocate|JOB_TITLE]] do day to day, and where does AI come in?

User: Half content, half community. I write tutorials, record videos, run our [[Discord|SOFTWARE]], and go to conferences. AI is everywhere in that. I use [[Claude|AI_PRODUCT]] to help me outline tutorials and [[GitHub Copilot|AI_PRODUCT]] to write the sample code faster. For videos, I edit in [[Descript|SOFTWARE]], which uses AI to cut filler words, and I use [[Whisper|AI_PRODUCT]] to generate subtitles in French and English. Our docs also have an AI assistant now, built on top of [[GPT-4o|AI_PRODUCT]], that answers questions from developers, and part of my job is reading what it says wrong.

AI: Can you give an example of something it got wrong?

User: Lots. The most memorable: a developer in our [[Discord|SOFTWARE]], username [[byte_sized_bao|SOCIAL_HANDLE]], asked the docs assistant how to parse handwritten receipts, and it gave a full code example with a parameter we don't have. She posted a screenshot with the caption "is this a feature or a hallucination 🙃". I replied within an hour, but by then twelve people had upvoted it. My [[manager|GENERIC_ROLE]], [[Nadia Haddad|PERSON]], who runs DevRel, pinged me on [[Slack|SOFTWARE]] — her handle is [[@nadia.h|SOCIAL_HANDLE]] — and said, "[[Julien|PERSON]], we need to fix this tonight, not [[Monday|GENERIC_TIME]]." We added a rule that the assistant has to link to the doc page for every parameter it mentions, and if it can't, it says so.

AI: How do you think about using AI for content that's meant to be from you personally?

User: That's the tension. Developers can smell generated content. If my blog posts start sounding like every other AI blog post, I lose trust, and trust is the job. So I use AI for the scaffolding, but the jokes, the opinions, the mistakes I share, those have to be mine. I really like how [[Kelsey Hightower|PUBLIC_FIGURE]] talks — plain, honest, no hype — and I try to copy that. My colleague [[Rafael Costa|PERSON]], he's our [[community manager|JOB_TITLE]] in [[Lisbon|CITY]], tried using AI replies in the [[Discord|SOFTWARE]] for a week as an experiment. People noticed by day three. Someone wrote, "[[Rafa|PERSON]], are you okay? You sound like a [[LinkedIn|SOFTWARE]] post."

AI: Has it changed how you prepare for conferences?

User: Yes. Before a talk I'll ask [[Claude|AI_PRODUCT]] to play a grumpy senior engineer and heckle my slides. It's surprisingly good at it. For my talk in [[Berlin|CITY]] last [[October|GENERIC_TIME]], it found two weak arguments I hadn't seen. I also use [[Perplexity|AI_PRODUCT]] to check whether a topic has already been done to death. But the travel is the same, airports are the same, no AI fixes that.

AI: Thanks, [[Julien|PERSON]]. Anything else, and what's the best way to reach you?

User: I'd just say that developer communities in [[Quebec|CITY]] are a bit different, a lot of people want content in French, and the AI tools are still weaker in French, especially our [[Quebec|CITY]] French. My girlfriend [[Émilie|PERSON]] teaches high school and laughs at the French that [[ChatGPT|AI_PRODUCT]] writes; she collects the worst sentences in a note on her phone. Anyway, for follow-up, my personal email is [[jtremblay arobase videotron point ca|OBF_EMAIL|foreign_at_dot]]. Work email gets buried.""")

# 13 Vietnam - data analyst
T.append("""AI: Hello, and thanks for your time. Could you introduce yourself?

User: Hi! My name is [[Nguyễn Thị Lan|PERSON]], and at work people just call me [[Lan|PERSON]]. I'm [[25|AGE]] years old and I'm a [[data analyst|JOB_TITLE]] at [[SaoMai Mart|ORGANIZATION]], an online grocery company. I work in [[Ho Chi Minh City|CITY]], our office is in [[District 3|CITY]]. I'm originally from [[Đà Nẵng|CITY]]. I graduated from the [[University of Economics Ho Chi Minh City|SCHOOL]] in [[2021|DATE]] and started at [[SaoMai|ORGANIZATION]] right after.

AI: What kind of analysis do you do, and how do you use AI?

User: I make reports for the marketing and operations teams: which promotions work, delivery times, customer churn. Most data is in [[BigQuery|SOFTWARE]], and the dashboards are in [[Looker Studio|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] every day for SQL. I describe what I want, it writes a query, then I fix it, because it often forgets our table names or the time zone. [[Gemini|AI_PRODUCT]] is built into [[Google Sheets|SOFTWARE]] at our company, so the marketing people use that. And I'm learning Python, and [[ChatGPT|AI_PRODUCT]] is like my teacher for that.

AI: Can you tell me about a time when AI really helped or caused a problem?

User: A problem first. In [[December|GENERIC_TIME]], before [[Tết|GENERIC_TIME]], I made a report about delivery delays, and I used [[ChatGPT|AI_PRODUCT]] to write the summary in English for the regional [[director|GENERIC_ROLE]] from [[Singapore|COUNTRY]]. It wrote that delays "increased by 40%", but actually it was 40 minutes. I didn't check carefully because I was tired. Anh [[Minh|PERSON]], my [[team lead|GENERIC_ROLE]], found it before the meeting. He said, "[[Lan|PERSON]] ơi, 40% and 40 minutes are very different, em." I was so embarrassed. Now I always check numbers myself. The good example is that [[Gemini|AI_PRODUCT]] helped me clean a big list of addresses that customers typed in many different ways, with and without accents. That took one afternoon instead of one week.

AI: How do your colleagues use these tools?

User: Chị [[Hương|PERSON]] in marketing uses [[ChatGPT|AI_PRODUCT]] to write product descriptions and [[Facebook|SOFTWARE]] posts. She is very fast. My friend [[Khoa|PERSON]], he is a [[data engineer|JOB_TITLE]] on our team, uses [[Copilot|AI_PRODUCT]] for [[Airflow|SOFTWARE]] code. We have a group on [[Zalo|SOFTWARE]] where we share prompts, and [[Khoa|PERSON]] is the one who always posts new tools. He follows [[Andrew Ng|PUBLIC_FIGURE]]'s courses and makes us watch them too. Our [[manager|GENERIC_ROLE]] is okay with AI but said we must not upload customer phone numbers or addresses to any chatbot, only to our own system.

AI: Do you think AI changes your career plans?

User: Yes, a bit. When I started, I thought I must become very good at SQL. Now I think I must become very good at asking the right business question, because the AI can write SQL but it doesn't know why the marketing team wants the number. My parents don't really understand what I do. My father in [[Đà Nẵng|CITY]] thinks I "work with computers" and that's enough. My younger sister [[Vy|PERSON]] is [[nineteen|AGE]] and studying in [[Hanoi|CITY]], she uses AI to study for her IELTS.

AI: Thank you, [[Lan|PERSON]]. Anything else you'd like to say, and how can we contact you?

User: Only that I hope the tools become better in Vietnamese. Sometimes the answers in Vietnamese sound strange, like a translation. For follow-up you can email me at [[nguyenlan.data a còng gmail chấm com|OBF_EMAIL|foreign_at_dot]]. Sorry, it's the Vietnamese way to say it, "a còng" is the @ and "chấm" is dot. I reply in the evening.""")

# 14 Egypt - mobile developer
T.append("""AI: Welcome, and thanks for joining. Could you introduce yourself?

User: Thank you. I'm [[Omar Farouk|PERSON]], [[28|AGE]] years old, a [[Flutter developer|JOB_TITLE]] at [[Sanad Health|ORGANIZATION]]. We build a telemedicine app, so patients can book doctors and do video consultations. The office is in [[Nasr City|CITY]], in [[Cairo|CITY]], but we have many users in [[Alexandria|CITY]] and the [[Delta|CITY]]. I graduated from [[Ain Shams University|SCHOOL]], computer engineering, and I joined [[Sanad|ORGANIZATION]] in [[2020|DATE]], during COVID, when telemedicine suddenly became very important.

AI: How do you use AI in your development work?

User: Every day. I use [[Codeium|AI_PRODUCT]] in [[Android Studio|SOFTWARE]] because it was free when I started, and the company now pays for [[ChatGPT Team|AI_PRODUCT]]. I use it to explain errors, write tests, and convert designs to widget code. For anything related to [[Firebase|SOFTWARE]] I ask [[Gemini|AI_PRODUCT]], because it's from the same company and usually knows the latest APIs better. I also use it for Arabic UI text, right-to-left layout problems, things like that. Right-to-left is always painful.

AI: Can you describe a time it helped or didn't?

User: One that I remember: we had a bug where the appointment time showed wrong for users in [[Saudi Arabia|COUNTRY]], one hour off. I spent a day on it, then I asked [[ChatGPT|AI_PRODUCT]] and it explained how the timezone library handled the offset. It was right, and it saved me. But another time it gave me code for storing medical notes locally that wasn't encrypted. Eng. [[Karim Abdelaziz|PERSON]], our [[security lead|GENERIC_ROLE]], rejected it in review. His comment on the merge request, I still have it: "Ya [[Omar|PERSON]], this is patient data, not a shopping list. Encrypt it or delete it." After that we made a checklist for any code that touches health data, and AI-generated code gets a second reviewer.

AI: How does your team talk about AI?

User: Some are very excited, some are scared. [[Yasmine|PERSON]] in QA uses it to write test scenarios in Arabic and English, and she's very good at finding where it's wrong. Our [[manager|GENERIC_ROLE]], [[Hany|PERSON]], wants us to use it more to go faster because we are a small startup competing with bigger apps. But the doctors who work with us are careful. One of them, Dr. [[Salma Fathy|PERSON]], a [[pediatrician|JOB_TITLE]] who advises us, said she doesn't want any AI to give medical advice in the app, only to help with booking and reminders. I agree with her. In [[Egypt|COUNTRY]], many patients trust the app a lot, maybe too much. Some of them are elderly and their children book for them from abroad, from [[Saudi Arabia|COUNTRY]] or from [[Germany|COUNTRY]], so a wrong answer from a bot could travel very far before anyone notices. We talk about this in our weekly sync every [[Sunday|GENERIC_TIME]], because in [[Egypt|COUNTRY]] the week starts on [[Sunday|GENERIC_TIME]] for us.

AI: What about your life outside work?

User: My younger brother [[Youssef|PERSON]] is in high school in [[Mansoura|CITY]], and he uses [[ChatGPT|AI_PRODUCT]] for everything, especially English essays. I told him to at least read what it writes. My mother asks me if the AI can watch football with her and explain the tactics when [[Mohamed Salah|PUBLIC_FIGURE]] plays. I told her not yet. Maybe soon, honestly.

AI: Thank you, [[Omar|PERSON]]. Is there a way to contact you later?

User: Yes, on [[WhatsApp|SOFTWARE]]. My number is [[٠١٠٠ ٤٧٢ ٨٣٦١|OBF_PHONE|arabic_indic_digits]]. I wrote it in Arabic numbers, I hope that's okay. Evenings after [[Maghrib|GENERIC_TIME]] are best.""")

# 15 South Korea - search engineer
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Yes, hello. My name is [[Park Ji-hoon|PERSON]]. I'm [[35|AGE]], and I'm a [[search engineer|JOB_TITLE]] at [[Dalbit Commerce|ORGANIZATION]], an online shopping platform. Our office is in [[Pangyo|CITY]], near [[Seoul|CITY]]. I did my master's at [[KAIST|SCHOOL]], and I've worked at [[Dalbit|ORGANIZATION]] since [[2018|DATE]]. My team makes the product search better, ranking, query understanding, typo correction for Korean.

AI: How do you use AI tools in your work?

User: In two ways. First, as a user: I use [[Copilot|AI_PRODUCT]] for code, and [[Claude|AI_PRODUCT]] for reading papers and long design documents. Our company also allows [[HyperCLOVA X|AI_PRODUCT]] because it is a Korean model and the data stays in [[Korea|COUNTRY]]; it's good with Korean text. Second, in the product: we use large language models to rewrite queries. If a customer types something vague like "gift for mother-in-law not too expensive," we use a model to understand it. That work is my main project now.

AI: Could you share an example of a difficult moment?

User: Yes. Last year in [[November|GENERIC_TIME]], before a big sale event, we launched an LLM query rewriter. Then we discovered it was translating some Korean slang wrongly; for example, a fashion term young people use became a totally different product. Sales for that category dropped. My [[team lead|GENERIC_ROLE]], [[Kim Soo-yeon|PERSON]] sunbae, stayed with me until three in the morning to roll it back. She wrote in our [[KakaoTalk|SOFTWARE]] group, "[[Ji-hoon|PERSON]], no hero work. Roll back first, analyse tomorrow." I was grateful. After that we made an evaluation set with slang from real queries, and [[Seo-yeon|PERSON]], our [[data labeler|JOB_TITLE]], who is [[23|AGE]] and knows all the new slang, helps us update it every month.

AI: How do people around you feel about AI, at work and outside?

User: At work, engineers are excited but tired. There is pressure from the top to "do AI" in every product. Our [[CEO|GENERIC_ROLE]] likes to talk about [[Demis Hassabis|PUBLIC_FIGURE]] and [[AlphaGo|AI_PRODUCT]]. In [[Korea|COUNTRY]], that match with [[Lee Sedol|PUBLIC_FIGURE]] was a big shock for everyone. I was a student then, and I remember my professor saying that everything would change. My wife [[Min-ji|PERSON]] is an [[elementary school teacher|JOB_TITLE]] in [[Bundang|CITY]], and she is worried about children using AI for homework. My parents in [[Busan|CITY]] use it to translate messages from my sister who lives in [[Australia|COUNTRY]].

AI: Do you have concerns about these tools?

User: Mainly evaluation. Everyone talks about how smart the models are, but for search, small mistakes at large scale are very costly. And I worry that junior engineers don't learn the basics. We had an intern who could not explain BM25 because he always asked [[ChatGPT|AI_PRODUCT]]. I'm not saying that's wrong, but you need to know what is under the model. When something breaks at two in the morning, [[ChatGPT|AI_PRODUCT]] is not on call, you are. So in our team, new people must write their first ranking experiment by hand, without any assistant, and present it at our [[Friday|GENERIC_TIME]] seminar. Some of them complain, but later they thank us.

AI: Thank you, [[Ji-hoon|PERSON]]. Is there anything else, and how can we contact you?

User: Maybe just that I hope companies share more about failures, not only success. For follow-up you can email me: [[jihoon.park 골뱅이 naver 점 com|OBF_EMAIL|foreign_at_dot]]. Koreans call the @ sign "golbaengi," it means snail. I usually check mail in the morning.""")

# 16 Australia - test automation engineer
T.append("""AI: Thanks for coming along. Could you start by telling me about yourself and what you do?

User: Yeah, no worries. I'm [[Hamish O'Connell|PERSON]], I'm [[39|AGE]], and I'm a [[test automation engineer|JOB_TITLE]] at [[Wattle Super|ORGANIZATION]]. It's a superannuation fund, so retirement savings, about a million members. I'm in [[Melbourne|CITY]], I live in [[Brunswick|CITY]] and go into the office on [[Collins Street|ADDRESS]] twice a week. I've been at [[Wattle|ORGANIZATION]] since [[2017|DATE]]; before that I was a manual tester at a telco in [[Brisbane|CITY]] for years.

AI: How do AI tools show up in your testing work?

User: Mostly in writing and maintaining automation. We use [[Playwright|SOFTWARE]] for the member portal and [[Azure DevOps|SOFTWARE]] for pipelines. [[GitHub Copilot|AI_PRODUCT]] writes a lot of the page objects now, which used to be the most tedious part of my week. When a test is flaky, I'll paste the trace into [[ChatGPT|AI_PRODUCT]] and ask what might be causing the timing issue, and it's often right, or at least it points me at the right spot. We also trialled a visual-testing tool with AI diffing, [[Applitools|SOFTWARE]], which is good at ignoring tiny rendering differences that used to fail our builds every [[Monday|GENERIC_TIME]].

AI: Has there been a moment where AI caused a problem in testing?

User: Yeah, a good one. We had a contractor, I won't name the firm, who generated about four hundred test cases with [[ChatGPT|AI_PRODUCT]] for the new contributions screen. Looked impressive in the report. But when [[Shaz|PERSON]] — [[Sharon Tait|PERSON]], she's our [[business analyst|JOB_TITLE]] — actually read them, a whole bunch were testing rules from the old tax year. Contribution caps had changed in [[July|GENERIC_TIME]], and the tool didn't know. [[Shaz|PERSON]] wrote in the [[Teams|SOFTWARE]] channel, "Four hundred tests, zero of them would catch the one thing the regulator cares about." Classic [[Shaz|PERSON]]. We threw most of them away. My [[manager|GENERIC_ROLE]] now insists on a human review of any generated test against the current business rules, and I reckon that's fair.

AI: How do the developers you work with use AI?

User: Heaps. [[Tran|PERSON]], a [[senior developer|JOB_TITLE]] on our team, pairs with [[Copilot|AI_PRODUCT]] all day and ships fast, but he also writes his own tests now because [[Copilot|AI_PRODUCT]] makes it easy, which makes my life better. I'll take it. In code review we've got this running joke. If someone's PR has obviously AI-written comments, like "This function elegantly handles the edge case", [[Priyanka|PERSON]] leaves a comment with just the robot emoji. Her [[GitHub|SOFTWARE]] handle is [[@pri-rao|SOCIAL_HANDLE]] and she's famous for it. It's friendly, but people fix it.

AI: What worries you, if anything, about AI in your field?

User: Mostly that people think testing is just writing test scripts. The hard part is knowing what could go wrong for a seventy-year-old member in [[Geelong|CITY]] trying to change their investment option on a phone with a cracked screen. An AI can help me write the script, but it won't think of her unless I do. Also member data. We're regulated by [[APRA|ORGANIZATION]], and the idea of someone pasting member records into a chatbot keeps our risk team up at night. I saw [[Mike Cannon-Brookes|PUBLIC_FIGURE]] talk about AI making everyone ten times more productive, and I thought, mate, try testing a super fund.

AI: Thanks, [[Hamish|PERSON]]. Anything else, and how can we follow up with you?

User: Just that I'd love better AI for accessibility testing; that's where we really need help. At home, my partner [[Jess|PERSON]] uses it to plan our kids' lunches, which is genuinely the best use case I've seen. For follow-up, call me on [[0412 558 903|PHONE_NUMBER]], or email [[hamish . oconnell @ bigpond . com|OBF_EMAIL|spaced_symbols]], no spaces obviously, I just write it that way on anything public.""")

# 17 Netherlands - UX researcher
T.append("""AI: Thank you for joining. Could you introduce yourself and your role?

User: Of course. My name is [[Sanne de Vries|PERSON]], I'm [[42|AGE]], and I'm a [[UX researcher|JOB_TITLE]] at [[Rijnland Verzekeringen|ORGANIZATION]], an insurance company. Our head office is in [[Utrecht|CITY]], near the station, and I live in [[Amersfoort|CITY]], so it's a short train ride. I studied industrial design at [[TU Delft|SCHOOL]] and have done research in various companies since [[2011|DATE]].

AI: Where does AI fit into your research process?

User: Mostly after the fieldwork. We do interviews and usability tests, and we store everything in [[Dovetail|SOFTWARE]], which now has AI features that tag transcripts and suggest themes. For moderated sessions we use [[Teams|SOFTWARE]], and the transcription there is quite good in Dutch now. I also use [[Copilot|AI_PRODUCT]] — the company has the enterprise version — to draft research plans and summarise long reports for stakeholders who will never read forty pages. And sometimes [[ChatGPT|AI_PRODUCT]] on my own laptop to brainstorm interview questions, but never with real data.

AI: Could you give an example where AI changed an outcome in your research?

User: Yes, and it's an uncomfortable one. Last [[spring|GENERIC_TIME]] we did a study on how older customers report car damage. The AI summary in [[Dovetail|SOFTWARE]] said the main problem was "difficulty uploading photos". That was true, but when I re-read the sessions, the real story was that people didn't trust that a human would look at their claim. One participant, meneer [[Jansen|PERSON]], a retired [[bus driver|JOB_TITLE]], said, "I want to know there is a person who sees my car, not a computer." The tool tagged that as "trust issues" and moved on. My colleague [[Fatima El Amrani|PERSON]], who is our [[service designer|JOB_TITLE]], and I presented both versions to management, and the second one changed the roadmap. So I always say: the AI summary is a starting point, never the finding.

AI: How do your colleagues and managers see AI in research?

User: There's pressure, honestly. Our [[head of digital|GENERIC_ROLE]] wants faster research, and he asked once whether we could use "synthetic users", AI personas instead of real people. I said no very clearly. [[Bram|PERSON]], the other researcher on my team, made a small experiment to show the difference: he asked an AI persona and ten real customers the same questions, and the AI persona was much more positive and reasonable than any real customer. That convinced people. I quote [[Don Norman|PUBLIC_FIGURE]] a lot in these discussions, that design is about real people and real behaviour.

AI: Are there rules in your organisation about AI use?

User: Yes, quite strict ones, because we're an insurer and the privacy rules in [[Europe|CONTINENT]] are strict. Participants sign a consent form, and the form now mentions AI processing explicitly. We removed names from transcripts before they go into any tool. The privacy officer, [[Koen|PERSON]], reviews every new tool we want. He is patient but slow; it took him three months to approve [[Dovetail|SOFTWARE]]'s AI features.

AI: Thank you, [[Sanne|PERSON]]. Is there anything else, and how can we reach you later?

User: Maybe that I hope researchers don't lose the skill of listening. My daughter [[Lotte|PERSON]] is [[sixteen|AGE]] and she asks [[ChatGPT|AI_PRODUCT]] about everything, even how to apologise to a friend. That worries me more than work. If you want to follow up, use my private email: [[s.devries[at]kpnmail[dot]nl|OBF_EMAIL|bracket_at_dot]]. I don't use my work address for research studies.""")

# 18 Argentina - startup founder
T.append("""AI: Thanks for joining. Could you introduce yourself and your company?

User: Sure, thank you. I'm [[Facundo Giménez|PERSON]], everyone says [[Facu|PERSON]]. I'm [[29|AGE]], and I'm the [[founder|JOB_TITLE]] of [[Chacra Labs|ORGANIZATION]], a small edtech startup in [[Córdoba|CITY]]. We make an app that helps rural schools track attendance and share homework over [[WhatsApp|SOFTWARE]], because many families don't have laptops, only phones. We are five people, and our office is a coworking in [[Nueva Córdoba|CITY]]. I studied computer science at the [[Universidad Nacional de Córdoba|SCHOOL]], and we started the company in [[March 2023|DATE]].

AI: How does AI help a team of five?

User: It's like having three more people, but people who lie sometimes. I built the first prototype with [[Lovable|AI_PRODUCT]], no joke, in a weekend, to show the ministry people. Then my partner [[Florencia Paz|PERSON]], she's the [[CTO|JOB_TITLE]] and a real engineer, rewrote it properly with [[Supabase|SOFTWARE]] and [[Cursor|AI_PRODUCT]]. I use [[ChatGPT|AI_PRODUCT]] for grant applications, which are a huge part of our life, and for translating our pitch deck into English for foreign investors. We also use [[Claude|AI_PRODUCT]] to help write the messages that go to parents, in very simple Spanish, because many of them didn't finish school.

AI: Can you tell me about a moment where AI made a real difference, good or bad?

User: Good: we won a grant from a foundation in [[Buenos Aires|CITY]], and the application had to be written in three days. [[ChatGPT|AI_PRODUCT]] helped me structure it, and [[Flor|PERSON]] checked every number. Bad: we used an AI to generate a message for parents about a school closure for a storm, and it used very formal Spanish from [[Spain|COUNTRY]], "vosotros" and everything. A teacher in a village near [[Villa Dolores|CITY]], señora [[Marta Quiroga|PERSON]], called me laughing and said, "[[Facundo|PERSON]], the parents think the message came from the King." Since then, all messages are reviewed by one of our teachers before sending.

AI: How does the team feel about relying on AI?

User: Mixed. Then there's [[el Turco|PERSON]] — his real name is [[Emir Haddad|PERSON]], we call him [[el Turco|PERSON]] even though his family is Lebanese, it's an Argentine thing — he's our [[mobile developer|JOB_TITLE]], and he's the most skeptical. He says the code from [[Cursor|AI_PRODUCT]] is like food from a gas station, it works but you don't ask. [[Flor|PERSON]] is more pragmatic. And our youngest, [[Delfi|PERSON]], who does design and support, uses AI for everything and is incredibly fast. I admire [[Marcos Galperin|PUBLIC_FIGURE]] as an entrepreneur, and he talks about AI all the time now, but [[Mercado Libre|ORGANIZATION]] has a thousand engineers to check the output. We have five.

AI: Is there anything specific to working in [[Argentina|COUNTRY]] that affects how you use these tools?

User: Money, mainly. Subscriptions are in dollars, and with inflation it's painful. We share accounts where we can, which is not ideal. Also connectivity in rural schools is terrible, so AI in the app itself has to be light or offline. We tested a small model on the phone, [[Gemma|AI_PRODUCT]], to suggest homework summaries, and it kind of worked, but the phones are old.

AI: Thank you, [[Facu|PERSON]]. Anything to add, and how can we contact you?

User: Just that I'd like more AI tools made for Spanish from [[Latin America|CONTINENT]], not only from [[Spain|COUNTRY]]. For follow-up, [[WhatsApp|SOFTWARE]] is best: my number is [[más cinco cuatro, nueve, tres cinco uno, cuatro ocho dos, siete siete cero uno|OBF_PHONE|foreign_spelled_digits]]. I'm usually free after [[la siesta|GENERIC_TIME]], around five.""")

# 19 Turkey - frontend developer
T.append("""AI: Thank you for joining. Could you introduce yourself and what you do?

User: Merhaba, thanks. I'm [[Elif Aydın|PERSON]], I'm [[27|AGE]], and I'm a [[frontend developer|JOB_TITLE]] at [[Kuzey Yazılım|ORGANIZATION]], a software agency in [[Istanbul|CITY]]. Our office is in [[Kadıköy|CITY]], on the Asian side, which I love because I can take the ferry. I graduated from [[Boğaziçi University|SCHOOL]] in [[2019|DATE]] and joined [[Kuzey|ORGANIZATION]] in [[2021|DATE]]. We build web apps for clients, mostly e-commerce and some banking dashboards.

AI: How do you use AI tools in your frontend work?

User: Every day. I use [[Copilot|AI_PRODUCT]] in [[VS Code|SOFTWARE]] for [[React|SOFTWARE]] components, and [[v0|AI_PRODUCT]] to quickly generate a first version of a UI from a description, which I then clean up. Designers give us files in [[Figma|SOFTWARE]], and I sometimes ask [[Claude|AI_PRODUCT]] to convert a screenshot into [[Tailwind|SOFTWARE]] classes. For errors in production we use [[Sentry|SOFTWARE]], and I paste the stack traces into [[ChatGPT|AI_PRODUCT]]. I also use it to write Turkish and English microcopy when the client hasn't sent any text yet.

AI: Could you describe how AI-generated code is handled in code review?

User: Our [[team lead|GENERIC_ROLE]], [[Burak|PERSON]] Bey — [[Burak Şahin|PERSON]] — is very strict about accessibility. Once I submitted a dropdown that [[v0|AI_PRODUCT]] generated, and it looked perfect, but it wasn't usable with a keyboard. He wrote in the review: "[[Elif|PERSON]] Hanım, güzel görünüyor ama klavyeyle kullanılamıyor. Pretty is not enough." Everyone calls each other Bey and Hanım in our office, even though we're all young, it's a joke that became a habit. Since then I test every generated component with the keyboard and a screen reader. [[Zeynep|PERSON]], our [[UI designer|JOB_TITLE]], also started adding accessibility notes directly to the [[Figma|SOFTWARE]] files, which helps a lot.

AI: How about your clients — do they ask about AI?

User: All the time. Every client wants a chatbot now. One bank client asked us to add an AI assistant to their dashboard in two weeks, and [[Burak|PERSON]] Bey had to explain that for banking you need compliance, logs, data residency in [[Turkey|COUNTRY]]. Some clients think AI means the project should be cheaper because "the AI writes the code." That's a difficult conversation. My [[manager|GENERIC_ROLE]] shows them the hours we spend on testing and review, which the AI doesn't remove. I watched an interview with [[Sundar Pichai|PUBLIC_FIGURE]] where he said a quarter of new code at his company is AI-generated, and after that, three clients sent me the link. Thanks, [[Sundar|PUBLIC_FIGURE]].

AI: Do you share your work or learning publicly?

User: A little. I have a [[GitHub|SOFTWARE]], my handle is [[@elifaydin-dev|SOCIAL_HANDLE]], where I keep small accessible components I've fixed after AI generated them badly, and I write short posts in Turkish on [[Medium|SOFTWARE]]. There's a women-in-tech group in [[İzmir|CITY]] that invited me to speak about this in [[May|GENERIC_TIME]]. My mother lives in [[Ankara|CITY]], and she was very proud, even though she doesn't know what a dropdown is.

AI: Thank you, [[Elif|PERSON]]. Anything else, and how can we contact you?

User: Only that I think frontend developers should learn accessibility more than ever, because AI will produce a lot of inaccessible interfaces very fast. For follow-up, email is best: [[elif.aydin et işareti yandex nokta com|OBF_EMAIL|foreign_at_dot]]. In Turkish we say "et işareti" for the @ sign. I answer after work, usually on the ferry home.""")

# 20 South Africa - analytics engineer
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Sure. I'm [[Thandiwe Mokoena|PERSON]], but please call me [[Thandi|PERSON]]. I'm [[31|AGE]], and I'm an [[analytics engineer|JOB_TITLE]] at [[Protea Mutual|ORGANIZATION]], an insurance company. I'm based in [[Cape Town|CITY]], I live in [[Observatory|CITY]], and half my team is in [[Johannesburg|CITY]]. I did my honours in statistics at [[Wits|SCHOOL]] and moved down from [[Joburg|CITY]] in [[2020|DATE]] for this job.

AI: What does your work look like, and where does AI fit?

User: I build the data models that the actuaries and the business use. So, [[dbt|SOFTWARE]] on top of [[Snowflake|SOFTWARE]], orchestrated with [[Airflow|SOFTWARE]], and then dashboards in [[Power BI|SOFTWARE]]. For AI, I use [[Copilot|AI_PRODUCT]] for writing [[dbt|SOFTWARE]] models and tests, and [[Snowflake|SOFTWARE]] has [[Cortex|AI_PRODUCT]], which we're piloting to let business users ask questions in plain English. Personally I use [[Claude|AI_PRODUCT]] a lot to review SQL and explain why a join is exploding. And when load-shedding was bad, I'd use the [[ChatGPT|AI_PRODUCT]] app on my phone on mobile data to keep working. Not ideal, but it worked.

AI: Can you describe a time when AI helped or hurt?

User: The biggest lesson came from [[Cortex|AI_PRODUCT]]. We let a group of claims managers test it in [[August|GENERIC_TIME]], and one of them asked, "what's our average claim in the [[Eastern Cape|CITY]]?" It gave a number, but it quietly joined to the wrong region table, so the number was for the whole country. [[Pieter van der Merwe|PERSON]], the [[actuary|JOB_TITLE]] who signs off those numbers, spotted it because it was too low. He sent me a message on [[Teams|SOFTWARE]], all lowercase like he always types: "[[thandi|PERSON]] either [[gqeberha|CITY]] is suddenly very safe or your robot is drunk." After that we built a semantic layer with clear definitions, so the AI can only use approved metrics. The good story is that [[Claude|AI_PRODUCT]] helped me document three hundred old tables in two weeks, something nobody had done in years.

AI: How do people at [[Protea|ORGANIZATION]] feel about AI?

User: Excited at the top, nervous at the bottom. Our [[CIO|GENERIC_ROLE]] quotes [[Elon Musk|PUBLIC_FIGURE]], because he's from [[Pretoria|CITY]] and everybody loves a local angle, and he keeps saying AI will replace half of the work. That doesn't help the call centre staff sleep. My colleague [[Sipho Ndlovu|PERSON]], he's a [[data engineer|JOB_TITLE]] in [[Joburg|CITY]], started an internal series where he explains AI to non-technical staff in isiZulu and English, and it's hugely popular. [[Sipho|PERSON]]'s approach is: show them what it can't do first, then what it can.

AI: Are there any privacy issues you deal with?

User: Constantly. Under POPIA we're very careful with policyholder data. Funny story: when I joined, the HR onboarding form was in a shared spreadsheet, and someone had put it into [[ChatGPT|AI_PRODUCT]] to "clean it up", including my ID number, [[9107150234085|NATIONAL_ID]]. I only found out because the cleaned version came back with my ID in the wrong column. That was before any policy existed. Now there's a proper one, and we have an approved internal tool.

AI: Thank you, [[Thandi|PERSON]]. Anything else, and how can we contact you?

User: Just that I hope more African languages get proper support. My gogo in [[Soweto|CITY]] speaks to her phone in Sesotho and it understands maybe half. For follow-up, my email is [[thandi.mokoena\u200b@\u200bgmail\u200b.com|OBF_EMAIL|zero_width_chars]]. It's a normal [[Gmail|SOFTWARE]] address, I promise.""")

# 21 Indonesia - IT support in a hospital
T.append("""AI: Thank you for joining. Could you tell me about yourself and your work?

User: Yes, thank you. My name is [[Dimas Prasetyo|PERSON]], I'm [[30|AGE]], and I'm an [[IT support specialist|JOB_TITLE]] at [[RS Harapan Sehat|ORGANIZATION]], a private hospital in [[Bekasi|CITY]], just outside [[Jakarta|CITY]]. I handle everything from the nurses' computers to the printers in the pharmacy and the connection to the hospital information system. I studied informatics at [[Gunadarma University|SCHOOL]] in [[Depok|CITY]] and started at the hospital in [[2018|DATE]].

AI: How do you use AI in your support work?

User: Quite a lot, but always carefully because it's a hospital. When I get a strange error from the hospital system, I take a screenshot, remove the patient name, and ask [[ChatGPT|AI_PRODUCT]] what it means. For scripts, I use [[Copilot|AI_PRODUCT]], for example a [[PowerShell|SOFTWARE]] script to map printers for each ward. Our ticketing is in [[ServiceDesk Plus|SOFTWARE]], and I use [[Gemini|AI_PRODUCT]] to help me write knowledge-base articles in simple Indonesian, so nurses can fix small problems themselves. And on my phone, even [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], because it's just there.

AI: Can you tell me about a time it helped or caused trouble?

User: Helped: one night the lab printer stopped printing barcode labels, and the lab was waiting. Mbak [[Sari|PERSON]], the [[lab technician|JOB_TITLE]] on duty, called me at around [[two a.m.|GENERIC_TIME]]. I was at home, and I asked [[ChatGPT|AI_PRODUCT]] about the error code and printer model. It told me to recalibrate the label sensor, and I guided her on video call. Fixed in ten minutes. Trouble: a new staff member in the finance department used an AI tool to "summarise" a spreadsheet of patient bills, and he uploaded the whole file. Pak [[Hendra|PERSON]], our [[head of IT|GENERIC_ROLE]], was very worried; we had to report it internally. After that, he made a rule: no patient data in any public AI, and I had to give training to every department.

AI: What was the training like?

User: I made it very practical. I showed examples: this is okay to ask, this is not okay. I used a fake patient, "[[Budi|PERSON]]", with a fake record, so people could see what not to paste. Funny thing: in one session, a nurse said, "But [[Budi|PERSON]] is my husband's name!" Everybody laughed. The doctors were the most interested, especially the young ones. Some of the older doctors said they don't need AI, they have thirty years of experience. One of them, Dr. [[Wahyuni|PERSON]], a [[cardiologist|JOB_TITLE]], asked very good questions about whether the AI is allowed to suggest a diagnosis. I said no, not in our hospital.

AI: What do you think about the future of AI in Indonesian workplaces?

User: I think it will grow very fast. [[Nadiem Makarim|PUBLIC_FIGURE]] and the startup people made everyone excited about technology, and now everyone talks about AI. But in many hospitals outside big cities, the internet is slow and the computers are old. My cousin works at a clinic in [[Yogyakarta|CITY]], and they still write many things by hand. So for [[Indonesia|COUNTRY]], first the basic infrastructure, then AI.

AI: Thank you, [[Dimas|PERSON]]. Anything else, and how can we reach you later?

User: Maybe that I hope AI tools will be better in Indonesian and also in Javanese, for older patients. You can contact me on [[Telegram|SOFTWARE]], my username is [[@dimasfixit|SOCIAL_HANDLE]], or call [[O812-l9O4-7733|OBF_PHONE|letter_digit_swap]]. Sorry, I always write it with letters like that on public forms, the O is zero and the l is one.""")

# 22 Spain - SRE
T.append("""AI: Thanks for joining us. Could you introduce yourself and your role?

User: Sure. I'm [[Lucía Fernández Bellver|PERSON]], I'm [[37|AGE]], and I work as a [[site reliability engineer|JOB_TITLE]] at [[Azahar Travel|ORGANIZATION]], an online travel agency. I'm in [[Valencia|CITY]], I live in [[Ruzafa|CITY]], and the company has engineering teams here and in [[Barcelona|CITY]]. I studied at the [[Universitat Politècnica de València|SCHOOL]] and I've been doing operations work since [[2014|DATE]], first as a [[sysadmin|JOB_TITLE]] in a hosting company, and at [[Azahar|ORGANIZATION]] since [[2020|DATE]].

AI: Where does AI fit in your daily work?

User: Three places. Infrastructure as code, where I use [[Copilot|AI_PRODUCT]] with [[Terraform|SOFTWARE]] on [[AWS|SOFTWARE]]; incident response, where I use [[Claude|AI_PRODUCT]] to read logs and [[Datadog|SOFTWARE]] graphs; and writing runbooks, which nobody wants to write. We also have [[Amazon Q|AI_PRODUCT]] inside the [[AWS|SOFTWARE]] console, which is useful for quick questions like "why is this IAM policy denying". And [[ChatGPT|AI_PRODUCT]], for everything else, like writing polite messages to other teams when they break things.

AI: Can you describe a memorable incident where AI was involved?

User: Yes. [[Last summer|GENERIC_TIME]], in the middle of peak booking season, our payment service started timing out. I was on call with [[Pau Martí|PERSON]], our other [[SRE|JOB_TITLE]], and we were looking at graphs at one in the morning. I gave [[Claude|AI_PRODUCT]] the logs, and it suggested the database connection pool was exhausted. [[Pau|PERSON]] said, "Too obvious, it's always the pool," but he checked anyway, and it was right. But the suggested fix was to increase the pool size a lot, which would have killed the database. [[Xavi|PERSON]], our [[database administrator|JOB_TITLE]], woke up, saw the [[Slack|SOFTWARE]] thread and wrote, "If anyone touches max_connections, I'm changing my phone number." So we fixed the real cause, a slow query from a new feature that someone had shipped on a [[Friday afternoon|GENERIC_TIME]] without load testing. The AI found the symptom; humans found the cause. In the postmortem we wrote that down very clearly, because otherwise the story becomes "the AI saved us", and that is not what happened.

AI: How does your team decide what's acceptable to do with AI?

User: We have a short document, maybe two pages, written by my [[manager|GENERIC_ROLE]], [[Begoña|PERSON]]. Customer data, passport numbers from bookings, credit card anything, never goes into an external tool. Logs must be scrubbed. And during incidents, AI suggestions must be confirmed by a second engineer before changing production. It seems obvious, but writing it down helped. I've read [[Werner Vogels|PUBLIC_FIGURE]] on "everything fails all the time", and I think AI is just another thing that fails, so you design for that.

AI: Has AI changed your work-life balance at all?

User: A bit, in a good way. Runbooks are better, so the on-call person gets fewer calls. Before, every night I was on call I slept badly. Now it's maybe better. My partner [[Jordi|PERSON]] says I complain less on [[Sundays|GENERIC_TIME]]. My mother in [[Alicante|CITY]] doesn't really understand my job, she thinks I fix websites for travel. Which is true, in a way.

AI: Thank you, [[Lucía|PERSON]]. Anything else, and how can we reach you?

User: Only that I'd like to see more women in reliability engineering, and more people from outside the big cities. For follow-up, you can write to [[lucia.fb{at}proton{dot}me|OBF_EMAIL|brace_at_dot]] or call [[+34 611 284 903|PHONE_NUMBER]]. I prefer email, and mornings in [[Spain|COUNTRY]] are best.""")

# 23 Ireland - gameplay programmer
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your job?

User: Yeah, of course. I'm [[Aoife Brennan|PERSON]], I'm [[26|AGE]], and I'm a [[gameplay programmer|JOB_TITLE]] at [[Brightwater Games|ORGANIZATION]], a small studio in [[Dublin|CITY]]. The office is in [[Smithfield|CITY]]. We're about forty people, making a cosy farming game for PC and consoles. I studied computer science at [[Trinity College Dublin|SCHOOL]], graduated in [[2020|DATE]], and joined [[Brightwater|ORGANIZATION]] straight after, so I started during lockdown in my childhood bedroom in [[Galway|CITY]].

AI: How do you use AI in game development?

User: For code, I use [[GitHub Copilot|AI_PRODUCT]] in [[Rider|SOFTWARE]], mostly for C++ boilerplate in [[Unreal Engine|SOFTWARE]]. [[Unreal|SOFTWARE]] has a lot of macros that are annoying to type, and [[Copilot|AI_PRODUCT]] is decent at them. When I'm debugging something weird, like physics jittering on a particular console, I'll ask [[ChatGPT|AI_PRODUCT]] or [[Claude|AI_PRODUCT]] for ideas. It's not great at [[Unreal|SOFTWARE]] specifics, though, because the engine changes a lot and the documentation is patchy. But the art team has a very different relationship with AI. The studio has a strict policy: no generative AI in any art or audio that ships. [[Midjourney|AI_PRODUCT]] is banned, basically.

AI: Why is the studio so strict about AI art?

User: Partly ethics, partly our players. Our community is full of artists, and if we used AI art, they'd be furious, and honestly, rightly so. Our [[art director|JOB_TITLE]], [[Niamh Kavanagh|PERSON]], is very vocal about it. She gave a talk at a games conference in [[Cork|CITY]] about protecting illustrators. There was a bit of drama last year when a contractor sent concept art that was obviously generated, you could tell by the hands. [[Niamh|PERSON]] spotted it in about four seconds and we ended the contract. For code it's a different story, nobody cares if a for-loop was written by a machine.

AI: Can you share an example of AI in your code reviews?

User: Sure. We use [[Perforce|SOFTWARE]], and reviews happen in [[Swarm|SOFTWARE]]. [[Ciarán|PERSON]], our [[lead programmer|GENERIC_ROLE]] — his [[Slack|SOFTWARE]] name is [[ciaran.codes|SOCIAL_HANDLE]] — reviews my stuff. Once I submitted a save-game function that [[Copilot|AI_PRODUCT]] wrote most of, and he left the comment: "This will corrupt saves if the player alt-tabs during autosave. The robot doesn't play games, [[Aoife|PERSON]]." He was right. Now I test edge cases by actually playing, which is a nice excuse. I also admire [[John Carmack|PUBLIC_FIGURE]], and he has this view that AI will change programming but you still need to understand the machine. I agree.

AI: Outside work, does AI come up in your life?

User: My brother [[Cian|PERSON]] is [[seventeen|AGE]] and doing his Leaving Cert, and he uses [[ChatGPT|AI_PRODUCT]] for Irish essays, which is hilarious because its Irish is terrible. My mam asked me if AI will take my job, and I said maybe the boring bits. I also make small games on weekends and post them on my page, [[aoifebrennan.itch.io|URL]], no AI art there either, just my terrible pixel art.

AI: Thank you, [[Aoife|PERSON]]. Anything to add, and how can we reach you?

User: Just that I'd love the games industry to have an honest conversation about AI instead of hype or panic. For follow-up, text me on [[oh-eight-seven, twenty-two, thirty-four, fifty-six, one|OBF_PHONE|grouped_number_words]]. I'm a night owl, so evenings are fine.""")

# 24 Pakistan - freelance full-stack developer
T.append("""AI: Assalam-o-alaikum, and thanks for joining. Could you introduce yourself?

User: Walaikum assalam. I'm [[Hamza Qureshi|PERSON]], I'm [[32|AGE]], and I'm a [[full-stack developer|JOB_TITLE]], freelance, based in [[Lahore|CITY]]. I work mostly through [[Upwork|SOFTWARE]] for clients in the [[United States|COUNTRY]] and the [[UK|COUNTRY]]. I did my BS in computer science at [[FAST|SCHOOL]] in [[Islamabad|CITY]], worked for a software house in [[Karachi|CITY]] for four years, and went full freelance in [[2019|DATE]].

AI: How has AI changed your freelance work?

User: Completely. I do a lot of [[Laravel|SOFTWARE]] and [[Vue|SOFTWARE]] work. Before, a typical feature would take me two days; now with [[Copilot|AI_PRODUCT]] and [[Claude|AI_PRODUCT]], maybe one. I also use [[DeepSeek|AI_PRODUCT]] because it's cheap and good at code, but only for my own side projects, not client code, because clients ask where their code goes. I use [[ChatGPT|AI_PRODUCT]] to write proposals on [[Upwork|SOFTWARE]] too, but carefully, because clients can tell when a proposal is generated. My main client right now is [[Tidewater Analytics|ORGANIZATION]] in [[Charleston|CITY]], they do dashboards for marinas.

AI: Has AI affected how clients see you or pay you?

User: Yes, two ways. Some clients now think everything should be faster and cheaper because "AI can do it". Another client, I won't name them, cut my hourly rate, saying I use AI anyway. But my best client, [[Greg Holloway|PERSON]], the [[founder|JOB_TITLE]] of [[Tidewater|ORGANIZATION]], is the opposite. He told me on a call, "[[Hamza|PERSON]], I don't pay you to type, I pay you to think." That meant a lot to me. He even pays for my [[Claude|AI_PRODUCT]] subscription now. There was one bad moment when [[Copilot|AI_PRODUCT]] suggested a package that didn't exist, I almost installed a look-alike from npm. My friend [[Usman|PERSON]], who does security work, explained that this is a known attack. Since then, I check every package name.

AI: What does a typical working day look like, given the time difference?

User: I work evenings and nights, because my clients are in [[US|COUNTRY]] time. So I wake up late, go to the gym, have lunch with my family, and start at maybe [[four p.m.|GENERIC_TIME]]. I sit in my home office in [[Johar Town|CITY]], and my address is on all my invoices, [[House 47, Block C|ADDRESS]], which honestly I don't love. For [[Upwork|SOFTWARE]] verification I had to upload my CNIC, [[35202-8841736-9|NATIONAL_ID]], and that made me nervous too, but it's required. Load-shedding is less bad now, but I have a UPS and a backup internet connection. My wife [[Ayesha|PERSON]] is a [[teacher|JOB_TITLE]], so our schedules are opposite, which is hard with our son. He's [[three|AGE]] and thinks my job is "talking to the computer".

AI: Are there bigger concerns you have about AI in your field?

User: Yes. In [[Pakistan|COUNTRY]], freelancing is a big source of income for young people. If AI makes simple work disappear, a lot of beginners will suffer, because simple [[WordPress|SOFTWARE]] and [[Shopify|SOFTWARE]] tasks were how we all started. I heard [[Dario Amodei|PUBLIC_FIGURE]] say AI might write most code soon, and I thought about my younger cousins who just started learning. I tell them: learn to talk to clients, learn the business. That part is still human.

AI: Thank you, [[Hamza|PERSON]]. Anything else, and how can we contact you?

User: No, I think that's all. For follow-up, email me at [[hamza.q.dev at the rate gmail dot com|OBF_EMAIL|at_the_rate]]. Here in [[Pakistan|COUNTRY]] we say "at the rate" for the @ sign, old habit from school.""")

# 25 Sweden - IT operations
T.append("""AI: Thank you for taking part. Could you start by introducing yourself?

User: Yes. My name is [[Erik Lindqvist|PERSON]], I'm [[51|AGE]], and I work as an [[IT operations engineer|JOB_TITLE]] at [[Västkust Energi|ORGANIZATION]], a regional energy company. I work from our office in [[Gothenburg|CITY]], and I live in [[Majorna|CITY]], so I cycle to work when the weather allows, which in [[Gothenburg|CITY]] is not so often. I've worked with servers since [[1998|DATE]], and at [[Västkust|ORGANIZATION]] since [[2012|DATE]]. I studied at [[Chalmers|SCHOOL]], but I never finished my degree, life happened.

AI: How do AI tools come into your work?

User: Slowly, and carefully, because we're critical infrastructure. We manage around two thousand laptops with [[Intune|SOFTWARE]], and identities in [[Entra ID|SOFTWARE]]. I use [[Microsoft 365 Copilot|AI_PRODUCT]] for summarising long email threads and for drafting change requests in [[ServiceNow|SOFTWARE]]. For scripts, I use [[ChatGPT|AI_PRODUCT]], but only with made-up data. At home I have played with a local model in [[LM Studio|SOFTWARE]], to understand what's possible without sending anything out. My colleague [[Sofia Berg|PERSON]], she is our [[security analyst|JOB_TITLE]], is very strict about what can be used, and I think she's right.

AI: Could you give an example where AI helped or didn't?

User: Helped: we had a problem where a group of laptops in [[Borås|CITY]] failed to get updates. I gave [[Copilot|AI_PRODUCT]] the logs from [[Intune|SOFTWARE]], and it found a pattern, all the failing machines had the same old BIOS version. That saved me a day. Didn't help: I asked [[ChatGPT|AI_PRODUCT]] to write a script to clean up old accounts, and it wrote something that would also have deleted service accounts. [[Anders|PERSON]], who has worked here even longer than me, looked at it and said, "[[Erik|PERSON]], den där skulle ha stängt av hela fjärrvärmen" — that would have shut down the district heating. He exaggerated, but not much. So now we test everything in the lab environment first.

AI: How does your organisation think about AI, given that you're critical infrastructure?

User: Carefully. There's a national security angle, and the [[Swedish Civil Contingencies Agency|ORGANIZATION]] has guidance we follow. Our [[CISO|GENERIC_ROLE]] wrote a short policy, in Swedish and English. It says no operational data from the control systems goes into any cloud AI. For office work, [[Copilot|AI_PRODUCT]] is approved because the data stays in our tenant. Some younger colleagues think we're too slow. [[Linnea|PERSON]], who is [[24|AGE]] and joined last year, built a small chatbot on our internal documentation and was disappointed when it wasn't approved. I understand her. But when the electricity is involved, slow is fine.

AI: Do you see AI elsewhere in your life?

User: My daughter [[Maja|PERSON]] studies in [[Lund|CITY]] and uses it for her studies. My wife doesn't trust it at all. And I read that [[Daniel Ek|PUBLIC_FIGURE]] is investing a lot in AI and defence, which made me think about how fast everything moves. Sometimes I feel old in this job, but experience still matters, maybe more now, because someone must know when the AI is wrong.

AI: Thank you, [[Erik|PERSON]]. Anything else, and how can we contact you?

User: Only that I hope vendors remember that not everyone can send data to the cloud. For follow-up, my private email is [[erik punkt lindqvist snabel-a telia punkt se|OBF_EMAIL|foreign_at_dot]]. Snabel-a is what we call the @ in Swedish, it means elephant's trunk.""")

write_set(T, "set_bd")
