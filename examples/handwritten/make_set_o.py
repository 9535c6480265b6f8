# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for taking the time today. To start, could you tell me a bit about yourself and what you do?

User: Sure. I'm [[Grace Whitfield|PERSON|word_name]], I'm [[34|AGE]] and I work as an [[operations coordinator|JOB_TITLE]] at [[Kirkgate Lettings|ORGANIZATION]], which is a lettings and property management firm in [[Leeds|CITY]]. Been there since [[2018|DATE]]. Before that I did a history degree at [[Leeds Beckett|SCHOOL]] and honestly never thought I'd end up in property.

AI: Thanks, [[Grace|PERSON|word_name]]. How does AI come into your day-to-day work?

User: Mostly [[ChatGPT|AI_PRODUCT]] and now [[Copilot|AI_PRODUCT]] since we moved everything over to [[Microsoft 365|SOFTWARE]]. A lot of my job is writing to tenants and landlords - chasing rent, explaining the grace period on late payments, arranging contractors for repairs. I paste in the rough points and ask it to make it polite but firm. It saves me loads of time, especially on [[Mondays|GENERIC_TIME]] when the inbox is a disaster after the weekend.

AI: Are there any rules at [[Kirkgate Lettings|ORGANIZATION]] about what you can put into those tools?

User: There weren't at first. Then [[my manager|GENERIC_ROLE]], [[Tomasz Wrona|PERSON]], sat us all down in the [[autumn|GENERIC_TIME]] and said no tenant names, no addresses, no bank details. Fair enough really. [[Tomasz|PERSON]] found out someone in accounts had pasted a whole tenancy agreement in, with the property at [[14 Cardigan Road|ADDRESS]], [[Headingley|CITY]] and the tenant's phone number and everything. Nothing bad came of it but it spooked him.

AI: That sounds like it changed how the team thought about it. Has your own use changed?

User: A bit. I anonymise everything now, I just write [[the landlord|GENERIC_ROLE]] or "the property". Our maintenance lead [[Bill Hargreaves|PERSON|word_name]] still refuses to touch any of it, he says he'd rather ring a plumber than ask a robot. [[Bill|PERSON|word_name]] is [[61|AGE]] and he's been doing this forever so I get it. He does ask me to draft his emails though, ha. And I've started using it for [[Excel|SOFTWARE]] formulas. We track void periods and contractor invoices in one massive spreadsheet and I used to just bill things late because I couldn't find anything.

AI: Do you ever worry about the accuracy of what it gives you?

User: With formulas you find out straight away if it's wrong, so that's fine. With letters I always read them twice. It once told a tenant that [[the landlord|GENERIC_ROLE]] "would be delighted" to replace a boiler, which was not true at all. Most of our landlords are local but a few live abroad, one is in [[Spain|COUNTRY]] and one in [[Dubai|CITY]], and I've used it to translate a couple of things too.

AI: Is there anything you'd want the people building these tools to know?

User: Make it clearer where the data goes. I saw [[Satya Nadella|PUBLIC_FIGURE]] on some video saying it's all secure and fine, but if it actually said "this stays in the [[UK|COUNTRY]]" or at least in [[Europe|CONTINENT]] I'd relax a lot. Also if anyone wants to follow up, my work email is [[grace dot whitfield at kirkgatelettings dot co dot uk|OBF_EMAIL|spelled_at_dot]], happy to chat.""")

T.append("""AI: Thank you for joining. Could you start by telling me about your role?

User: Of course. My name is [[Danielle Brooks|PERSON]], I'm a [[social studies teacher|JOB_TITLE]] - I teach AP U.S. History and regular tenth-grade history at [[Granville Creek High School|SCHOOL]] in [[Columbus|CITY]], [[Ohio|CITY]]. I started teaching in [[2011|DATE]], right after I finished my master's at [[Ohio State|SCHOOL]], so this is my fourteenth year.

AI: When did you first start using AI tools in your teaching?

User: Honestly, it was kids using it first. In the spring of [[2023|DATE]] I got a stack of essays on the causes of the Civil War that all sounded the same, very smooth, very "in conclusion, it is important to note". That's how I found out about [[ChatGPT|AI_PRODUCT]]. Then in [[August 2023|DATE]] the district approved [[MagicSchool|AI_PRODUCT]] for staff and I started playing with it over the summer PD days.

AI: What do you use it for now?

User: Mostly planning. I'll ask it for a document-based question set on, say, [[Abraham Lincoln|PUBLIC_FIGURE]] and the Emancipation Proclamation, and then I throw out half of it and fix the rest. It's good at differentiating reading levels, which used to take me every [[Sunday night|GENERIC_TIME]]. I also use [[Gemini|AI_PRODUCT]] because we're a [[Google Classroom|SOFTWARE]] school and it's just sitting there.

AI: You mentioned essays earlier. How do you handle AI use by students?

User: That's the hard part. [[Turnitin|SOFTWARE]] has a detector but I don't fully trust it. My co-teacher [[Mark Feeney|PERSON|word_name]] and I redesigned our big research paper so more of it happens in class, handwritten outlines, conferences. [[Mark|PERSON|word_name]] was way more skeptical than me at first, he'd mark anything that looked too polished as a zero, and we had to talk him down a bit. [[The principal|GENERIC_ROLE]] backed us on the new approach. It's personal for me as a parent too. My son is [[nine|AGE]] and he already asks the smart speaker to do his math. I don't want him to be the kid who can't write a paragraph. But I also don't want him scared of it. I kind of feel the same about my students.

AI: Do you share any of your materials publicly?

User: A little. I post short history explainers on [[TikTok|SOFTWARE]] as [[@mrsbrooksteaches|SOCIAL_HANDLE]], maybe twice a month, and I've used [[ChatGPT|AI_PRODUCT]] to help script a few of those. Nothing about my students, obviously. [[The principal|GENERIC_ROLE]] knows about it and is fine with it.

AI: Thanks, [[Danielle|PERSON]]. Anything else you'd like to add?

User: Just that teachers need time to learn this stuff, not another one-hour training in [[January|GENERIC_TIME]] and then good luck. That's my soapbox.""")

T.append("""AI: Hello, and thanks for making time after your shift. Can you tell me about your work?

User: Hi, yes no problem. I am [[Maricel Dizon|PERSON]], I'm a [[clinical nurse|JOB_TITLE]] on the surgical ward at [[Princess Alexandra Hospital|ORGANIZATION]] in [[Brisbane|CITY]]. I trained at [[University of Santo Tomas|SCHOOL]] in [[Manila|CITY]] and graduated in [[2008|DATE]] and came to [[Australia|COUNTRY]] in [[2014|DATE]], did my bridging course and then started on the wards. Now I live in [[Sunnybank|CITY]] with my husband [[Rodel|PERSON]] and our daughter.

AI: Thank you, [[Maricel|PERSON]]. Where does AI show up in your work, if at all?

User: At the hospital, not so much directly. Everything clinical is in [[ieMR|SOFTWARE]], that's our electronic record, and there is no chatbot in it. We are not allowed to put patient information in [[ChatGPT|AI_PRODUCT]] or anything like that, our [[nurse unit manager|GENERIC_ROLE]] was very clear on that. But I use it a lot for my own study. I am doing a postgrad certificate in perioperative nursing through [[QUT|SCHOOL]] and it helps me understand the readings.

AI: How do you use it for the study?

User: I ask it to explain things in simple English first, because sometimes the articles are very heavy. Then I check with the actual guideline. One time it gave me a wrong dose for a medication, so now I never trust the numbers. My colleague [[Joy Bautista|PERSON|word_name]] she is also Filipino, from [[Iloilo|CITY]], we study together on our [[weekends|GENERIC_TIME]] off, and [[Joy|PERSON|word_name]] uses [[Perplexity|AI_PRODUCT]] because it shows the sources. I think that one is better for nursing.

AI: Has it changed anything about how you work on the ward?

User: Indirectly yes. I feel more confident in handover because I understand the why. And for writing, like when I had to write an incident report, I practised the structure with it at home using made up details. English is my second language so it's a big help. It takes the stress and gives me some joy back in writing, honestly.

AI: Are there any worries you have about AI in healthcare?

User: Yes, a few. Even [[Bill Gates|PUBLIC_FIGURE]] is saying AI will be like a doctor for everyone. I worry if the hospital brings in AI to do the notes, that the nurses will stop really thinking. And the privacy. My daughter [[Bea|PERSON]] is [[twelve|AGE]] and she uses it for homework and I tell her, never put your full name, never put our address. I am in my [[forties|AGE]] and I still feel like I am learning all this together with her.

AI: That's a lovely image. Is there anything else you'd like to share?

User: Maybe that the night shift is when I use it most, at 3am when the ward is quiet and I'm reading. And that in the [[Philippines|COUNTRY]] my old classmates are also using it for the NCLEX review. Everyone is.""")

T.append("""AI: Hi, thanks for joining. Could you introduce yourself and your work?

User: hey. so im [[Arjun Venkataraman|PERSON]], [[27|AGE]], [[backend developer|JOB_TITLE]] at [[Kredible Pay|ORGANIZATION]], its a fintech startup in [[Bengaluru|CITY]], we do UPI based payouts for gig workers. joined in [[2021|DATE]] straight after [[PES University|SCHOOL]], so its basically my first real job

AI: Thanks, [[Arjun|PERSON]]. How do you use AI tools in your work?

User: constantly lol. [[GitHub Copilot|AI_PRODUCT]] is on all day in [[VS Code|SOFTWARE]], and i switched to [[Cursor|AI_PRODUCT]] for side projects. for bigger design questions i go to [[Claude|AI_PRODUCT]] because it reads long files better than [[ChatGPT|AI_PRODUCT]] imo. like if i need to refactor a whole service i paste the interfaces and ask it to propose a plan, then i argue with it

AI: Does your company have a policy on that?

User: yes, kind of strict actually. since we touch payments data, [[the CTO|GENERIC_ROLE]] said no prod data, no customer PANs, no real account numbers ever go into any external model. we have a company workspace for [[Copilot|AI_PRODUCT]] and thats approved. my [[team lead|JOB_TITLE]] [[Sneha Kulkarni|PERSON]] reviews every PR that touches the ledger and she can usually spot AI generated code from a mile away haha, [[sneha|PERSON]] says it has a "smell" - too many comments, weird variable names

AI: What kinds of mistakes do you see from these tools?

User: hallucinated library functions mainly. it'll call some method on a [[Postgres|SOFTWARE]] driver that doesnt exist. also tests that pass but test nothing. once it wrote a retry loop that would have double-paid people, caught it in review thank god. after that [[Sneha|PERSON]]'s rule is you have to explain every line of AI code in the PR description, which is annoying but fair

AI: Has it changed how you learn as a developer?

User: yeah this is the part i think about a lot. i watched that [[Andrej Karpathy|PUBLIC_FIGURE]] video about "vibe coding" and like, its fun for toy stuff but i dont want to be a dev who cant debug without a chatbot. so on weekends i try to build things without it. my stuff is on [[github.com/arjunvenkat|URL]] if you want to see, mostly half finished rust projects. and sometimes i post on [[twitter|SOFTWARE]], im [[@arjun_builds|SOCIAL_HANDLE]] there, mostly memes about [[Jira|SOFTWARE]] tickets tbh. we work with a couple of clients in the [[US|COUNTRY]] and [[Singapore|COUNTRY]] so theres a lot of late calls and i use AI to summarise the meeting notes after

AI: Last question - how do you see your job changing over the next few years?

User: honestly less typing, more reviewing. my parents back in [[Coimbatore|CITY]] think AI is going to take my job, i keep telling them someone still has to be on call at 2am when payouts fail. the AI isnt picking up that pager lol""")

T.append("""AI: Thanks for speaking with me today. Could you tell me about your job?

User: Happy to. I'm [[Olivia Tran|PERSON]], [[senior marketing manager|JOB_TITLE]] at [[Northvale Analytics|ORGANIZATION]] - we're a mid-size B2B SaaS company in [[Toronto|CITY]], about 180 people. I joined in [[March 2022|DATE]] after a few years agency-side. I run content and demand gen, so a team of four.

AI: Thanks, [[Olivia|PERSON]]. How does AI fit into your team's work?

User: It's everywhere now. We started with [[Jasper|AI_PRODUCT]] back when it was the hot thing, and then moved most of it to [[ChatGPT|AI_PRODUCT]] Team because it was cheaper and honestly just better. Our content writer [[Summer Lindqvist|PERSON|word_name]] uses it for first drafts of blog posts, and [[our designer|GENERIC_ROLE]] does social graphics with [[Midjourney|AI_PRODUCT]] and [[Canva|SOFTWARE]]. I use it for campaign briefs and for cleaning up [[HubSpot|SOFTWARE]] reports before I send them up.

AI: You mentioned [[Summer|PERSON|word_name]]. How has it changed the writing side?

User: [[Summer|PERSON|word_name]]'s output probably doubled, but the editing load went up too. A lot of AI copy is fine but forgettable. Last [[summer|GENERIC_TIME]] we published a batch of SEO articles that were mostly machine-written and they just didn't perform. No one linked to them. So now the rule is AI for structure and research, humans for the point of view. Our [[VP of Marketing|JOB_TITLE]], [[Rajesh Malhotra|PERSON]], keeps quoting [[Seth Godin|PUBLIC_FIGURE]] at us about being remarkable, which, fair.

AI: Are there things you won't use it for?

User: Customer data. We're a data company, so we're paranoid about it. We don't paste customer names or anything from the CRM into public tools. Also anything legal - claims about compliance, security certifications - that goes through [[our legal team|GENERIC_ROLE]], not a chatbot.

AI: How do you think about your own skills alongside these tools?

User: I did my degree at [[Toronto Metropolitan University|SCHOOL]] when it was still called [[Ryerson|SCHOOL]], and nothing we learned then assumed this existed. I think the skill now is taste and judgment. Knowing when something is off-brand. I'm [[38|AGE]], and I honestly feel like the people just starting out have it harder, because the junior tasks they'd learn on are the ones getting automated.

AI: Is there a way people can find your work if they're interested?

User: Sure, I'm pretty active on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/oliviatran-marketing|URL]]. I post about B2B content a couple of times a week, usually on [[Tuesdays|GENERIC_TIME]]. We also sell into the [[US|COUNTRY]] and [[Europe|CONTINENT]] so a lot of the posts are about localizing with AI, which is a whole other can of worms. Overall I'd say it's made marketing faster, not necessarily better. Those aren't the same thing.""")

T.append("""AI: Good morning, and thank you for joining. Could you describe your work for me?

User: Good morning. Yes, so I am [[Katrin Hofbauer|PERSON]], I am [[38|AGE]] years old and I work as a [[Steuerfachangestellte|JOB_TITLE]] - in English maybe tax accountant assistant - at [[Kanzlei Huber & Partner|ORGANIZATION]] in [[München|CITY]]. It is a small office, we are eleven people. I am there since [[2015|DATE]].

AI: Thank you, [[Katrin|PERSON]]. How do you use AI in that role?

User: Carefully, I would say. For the real accounting we use [[DATEV|SOFTWARE]], this is the standard in [[Germany|COUNTRY]], and there are some automatic functions in it now for booking receipts, they call it smart but it is mostly pattern matching. Outside of that I use [[DeepL|AI_PRODUCT]] very much, because we have more and more clients who are expats, from [[India|COUNTRY]], from the [[USA|COUNTRY]], and they need explanations in English. And [[ChatGPT|AI_PRODUCT]] sometimes to write the explanation in simple words.

AI: What does your employer think about that?

User: Herr [[Huber|PERSON]] was first very negative. He is [[the owner|GENERIC_ROLE]], he is [[sixty-something|AGE]] and he says tax law is not for robots. But then he saw how fast I can answer the English emails and now he asks me to show the others. We made a rule together: no names, no tax numbers, no addresses in [[ChatGPT|AI_PRODUCT]]. Only general questions.

AI: Have you tested those limits at all?

User: A little, yes, I must admit. Once I put my own tax number, [[143/287/40519|NATIONAL_ID]], into it just to see what happens, if it warns me. It did not say anything. This made me more careful, not less. If it does not warn for my own number, it will also not warn for a client.

AI: That's an interesting experiment. Where do you see errors from these tools?

User: In the German tax rules it is very often wrong or old. It tells you rules from two years ago, or it mixes [[Austria|COUNTRY]] and [[Germany|COUNTRY]]. When [[Christian Lindner|PUBLIC_FIGURE]] changed things with the inflation allowance, it did not know for a long time. So for the law, I always check in the official sources. For language, it is very good.

AI: Is there anything you'd like to see from these tools in the future?

User: That it works inside [[DATEV|SOFTWARE]] and stays on servers in [[Europe|CONTINENT]]. Then I think more colleagues would trust it. Our office is at [[Leopoldstraße 112|ADDRESS]], [[80802|ADDRESS]] [[München|CITY]], and Herr [[Huber|PERSON]] says if the data leaves this building he wants to know exactly where it goes. I studied at [[Hochschule München|SCHOOL]] and there we learned nothing about this, so we all learn by doing now.""")

T.append("""AI: Bonjour, and thank you for joining. Could you tell me a little about yourself?

User: Bonjour! So I am [[Camille Rousseau|PERSON]], I am [[31|AGE]], and I am a [[freelance graphic designer|JOB_TITLE]] in [[Lyon|CITY]], I live in the [[Croix-Rousse|CITY]] area. I studied at [[École Émile Cohl|SCHOOL]] and after I worked three years in an agency, and I am freelance since [[2020|DATE]], so since the Covid time basically.

AI: Thank you, [[Camille|PERSON]]. What kind of clients do you work with?

User: Mostly small businesses. Restaurants, a wine shop, a bakery chain called [[Maison Perrin|ORGANIZATION]] which is my biggest client, they have six shops around the region. I do logos, packaging, menus, [[Instagram|SOFTWARE]] visuals. And some editorial illustration for a magazine in [[Paris|CITY]].

AI: How has AI changed that work?

User: Ah, it is complicated for me. For the ideas phase, I use [[Midjourney|AI_PRODUCT]] sometimes, to make moodboards very fast, and [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] to extend a background or remove something. That is very useful, it saves me hours. But I never deliver an AI image as final work. Never. The final is always drawn by me, in [[Illustrator|SOFTWARE]] or on paper.

AI: Why is that line important to you?

User: Because of the other illustrators, and because of the clients also. Some clients ask "why do I pay you if [[Midjourney|AI_PRODUCT]] can do it?" and I have to explain. Also there are the questions of copyright, it is not clear in [[France|COUNTRY]] or in [[Europe|CONTINENT]] who owns an AI image. And honestly I saw this video of [[Hayao Miyazaki|PUBLIC_FIGURE]] saying AI art is an insult to life itself, and I think about it a lot. Maybe it's too dramatic but I understand him.

AI: Do you use text tools like [[ChatGPT|AI_PRODUCT]] for the business side?

User: Yes, this I use without guilt, haha. For quotes, for the emails in English to my clients in [[Switzerland|COUNTRY]] and [[Belgium|COUNTRY]], for writing the description of my services on my website. My boyfriend [[Julien|PERSON]] is a developer and he made me a small automation with [[Notion|SOFTWARE]] to track invoices, and he uses AI for all his code, so at home we discuss this every day.

AI: Where can people see your work?

User: My portfolio is [[camillerousseau-studio.fr|URL]], and on [[Instagram|SOFTWARE]] I am [[@camille.dessine|SOCIAL_HANDLE]]. If someone from your study wants to contact me, write to [[camille arobase camillerousseau-studio point fr|OBF_EMAIL|french_words]], I answer quickly, normally the same day. And one more thing - I hope the tools will pay the artists they learned from. [[Julien|PERSON]] says I am naive. Maybe. But I hope anyway.""")

T.append("""AI: Thank you for taking part. Could you start by describing your role?

User: Sure. I'm [[Rebecca Adeyemi|PERSON]], I'm an [[associate solicitor|JOB_TITLE]] in the employment team at [[Pike Lowther LLP|ORGANIZATION]] in [[Manchester|CITY]], our office is in [[Spinningfields|CITY]]. I qualified in [[September 2019|DATE]], so I'm about six years PQE. I did my law degree at the [[University of Manchester|SCHOOL]] and the LPC at [[BPP|SCHOOL]].

AI: Thanks, [[Rebecca|PERSON]]. How are AI tools being used at your firm?

User: It's been a big push over the last eighteen months. The firm rolled out [[Harvey|AI_PRODUCT]] for a pilot group and I was in it, and we also have [[Lexis+ AI|AI_PRODUCT]] through our research subscription. Most of my actual drafting is still in [[Word|SOFTWARE]] with documents filed in [[iManage|SOFTWARE]]. Personally I use [[Harvey|AI_PRODUCT]] for first-pass review - say a client sends over four hundred pages of grievance emails, I'll ask it to pull out the chronology and any mention of protected characteristics.

AI: How much do you trust that first pass?

User: As a starting point, quite a lot. As a final answer, not at all. [[The partner|GENERIC_ROLE]] I work for, [[Jonathan Pike|PERSON]], is very old school and insists we check every citation by hand, and he's right. Everyone's seen the stories from the [[US|COUNTRY]] about lawyers citing cases that don't exist. I'd be mortified. [[Jonathan|PERSON]] once said "the machine doesn't hold a practising certificate, you do" and that's stuck with me.

AI: How has it changed the work of junior lawyers?

User: That's the real question. We have a trainee, [[Frank Osei|PERSON|word_name]], who is [[24|AGE]] and brilliant, and to be frank I worry that he won't get the same grind I had - reading the whole bundle, finding the one email that matters. [[Frank|PERSON|word_name]] can get a summary in ten minutes. But does he understand the case the way I did? I've started making him do the first bundle by hand, which he thinks is cruel.

AI: Are clients aware that AI is involved?

User: Our engagement letters now mention it, and some clients ask. We're not allowed to use the public [[ChatGPT|AI_PRODUCT]] for anything client-related, that's a sacking offence. A couple of the larger ones have said no AI at all on their matters, which we respect. For a lot of our SME clients they just want it cheaper, and if AI helps with that they're happy. I read [[Richard Susskind|PUBLIC_FIGURE]] years ago and thought he was overstating it. I don't think that anymore.

AI: What's your own biggest concern?

User: Confidentiality, and the billable hour. If [[Harvey|AI_PRODUCT]] does in ten minutes what used to take me a day, how do we bill that? Nobody has a good answer. On [[Friday afternoons|GENERIC_TIME]] in the office that's basically all anyone argues about. I'm [[32|AGE]] and I suspect I'll spend the rest of my career working this out, so it's good to talk about it.""")

T.append("""AI: Hey, thanks for hopping on. Can you tell me about what you do?

User: Yeah for sure. [[Brandon Castillo|PERSON]], I'm an [[account executive|JOB_TITLE]] at [[Lone Star Packaging Solutions|ORGANIZATION]], we sell corrugated boxes and custom packaging to mostly food and beverage companies. Office is in [[Dallas|CITY]] but I live up in [[Plano|CITY]]. Been there since [[2019|DATE]], before that I was selling copiers, which, don't ask.

AI: Thanks, [[Brandon|PERSON]]. How do you use AI in your sales work?

User: A lot more than I expected. Our CRM is [[Salesforce|SOFTWARE]] and it's got [[Einstein|AI_PRODUCT]] built in now, which does some forecasting stuff I don't really look at. What I actually use is [[ChatGPT|AI_PRODUCT]] for prospecting emails and [[Gong|SOFTWARE]] for call recordings. [[Gong|SOFTWARE]] gives you a summary after every call and flags like, you talked 70 percent of the time, shut up more. Which is fair lol.

AI: What does your manager think about it?

User: [[My manager|GENERIC_ROLE]] [[Kayla Morrison|PERSON]] is all in. She did a whole training [[every Tuesday|GENERIC_TIME]] for a month on prompting. [[kayla|PERSON]] has this thing where she makes us paste our email into [[ChatGPT|AI_PRODUCT]] and ask it "why would a busy plant manager ignore this" and then rewrite. It actually works, our reply rates went up.

AI: Are there things you won't use it for?

User: Pricing. Our pricing sheets are confidential and I'm not putting those anywhere. Also I don't let it talk to customers directly. People in this industry have been buying from the same guy for twenty years, they want a human. My biggest account is a tortilla company out in [[Fort Worth|CITY]] and [[the owner|GENERIC_ROLE]] would laugh me out of the room if he got a robot email.

AI: How has it changed your week?

User: Honestly I get home earlier. Used to spend [[Sunday night|GENERIC_TIME]] writing follow ups, now that's like thirty minutes. My daughter is [[four|AGE]] so that matters a lot to me. I'm [[29|AGE]] and the older guys on the team still do everything by hand, they think it's cheating. One of them quotes [[Zig Ziglar|PUBLIC_FIGURE]] at me anytime I bring up AI.

AI: If someone from the research team wanted to follow up, what's the best way to reach you?

User: Just call or text, I'm terrible at email outside work. My cell is [[two one four, five five five, zero one nine three|OBF_PHONE|digits_as_words]]. Or the office line is [[972-555-0148|PHONE_NUMBER]], ask for [[Brandon|PERSON]] in sales. And look, AI is not gonna close deals for you. It'll get you the meeting maybe. After that it's you and a handshake. I went to [[Texas Tech|SCHOOL]] for business and nobody taught me that, I learned it carrying box samples around [[Texas|CITY]] in [[July|GENERIC_TIME]].""")

T.append("""AI: Thanks for making the time - I know mornings are busy in a bakery. Could you tell me about your business?

User: Ha, yes, I've snuck out the back with a coffee. I'm [[Rose Pemberton|PERSON|word_name]], I own a bakery called [[Crumb & Co|ORGANIZATION]] - we're at [[27 King William Road|ADDRESS]], [[Hyde Park|CITY]], just out of the [[Adelaide|CITY]] CBD. My husband [[Hamish|PERSON]] and I opened it in [[2012|DATE]]. We've got nine staff now, mostly part-timers and uni students from [[Flinders|SCHOOL]]. I trained as a pastry cook at [[TAFE SA|SCHOOL]] back in [[1991|DATE]], so I'm old school.

AI: Thanks, [[Rose|PERSON|word_name]]. Where does AI come into running the bakery?

User: Mostly the boring admin I hate. I'm in my [[fifties|AGE]] and I did not get into baking to write job ads and social media captions. So [[ChatGPT|AI_PRODUCT]] writes my job ads now, and our [[Instagram|SOFTWARE]] captions, and it helped me write a new allergen policy. I use [[Canva|SOFTWARE]] for the posters and it's got some AI thing in there too that makes backgrounds.

AI: Have you used it for anything on the money side?

User: A bit. Costs rose so much last year - butter, flour, electricity - that I had to redo all my pricing. I exported the sales from [[Square|SOFTWARE]] and the supplier invoices from [[Xero|SOFTWARE]] and asked it to help me work out margins per product. It was good at the maths but it kept assuming I'd sell the same number of pies at a higher price, which is not how people work. [[Hamish|PERSON]] laughed at that.

AI: How do your staff feel about it?

User: The young ones use it for everything, uni assignments, rosters, the lot. My [[head baker|JOB_TITLE]] [[Tuan Le|PERSON]] is a bit suspicious, and he grew up in [[Vietnam|COUNTRY]] baking banh mi rolls so he knows bread. He asked it for a sourdough recipe once and said it was rubbish, which I believe. I say, [[Mary Berry|PUBLIC_FIGURE]] never needed a chatbot and neither do we for the actual baking.

AI: What about busy periods?

User: [[Easter|GENERIC_TIME]] and [[Christmas|GENERIC_TIME]] are mad. Hot cross buns from [[February|GENERIC_TIME]] practically. I've used it to plan production schedules for those weeks, like how many batches and when, and that was actually handy. Also for answering the same customer questions over and over on [[Facebook|SOFTWARE]].

AI: Is there anything you're wary of?

User: Reviews. I've heard of businesses using AI to write fake reviews and I think it's disgusting. And I wouldn't put staff details in there, their tax file numbers and whatnot. I'm not silly. Anyway, if you're ever in [[South Australia|CITY]] come in for a pie, or look us up, [[@crumbandco_adl|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], or ring the shop on [[08 8271 4402|PHONE_NUMBER]]. Right, back to the ovens.""")

T.append("""AI: Hi! Thanks for joining. Can you tell me a bit about yourself and your work?

User: hiii ok so im [[Jasleen Gill|PERSON]], im [[20|AGE]], third year at [[UBC|SCHOOL]] doing psych, and i work part time as a [[shift supervisor|JOB_TITLE]] at [[Beanstalk Coffee|ORGANIZATION]] on west broadway in [[Vancouver|CITY]]. i live with my parents in [[Burnaby|CITY]] so the commute is kind of a lot lol. started at [[beanstalk|ORGANIZATION]] in [[September 2023|DATE]]

AI: Thanks, [[Jasleen|PERSON]]. Do you use AI for your job at the café, or more for school?

User: both honestly but diff ways. for school its [[ChatGPT|AI_PRODUCT]] and [[Quizlet|SOFTWARE]] and [[Notion AI|AI_PRODUCT]] for my notes, like i record lectures and turn them into flashcards. for work its more random stuff. my shift manager [[kev|PERSON]], well [[kevin|PERSON]], he hates making the schedule so i started doing it and i use [[chatgpt|AI_PRODUCT]] to like figure out who can cover what when ppl drop shifts. we use [[7shifts|SOFTWARE]] for the actual schedule tho

AI: Interesting. How does that work in practice?

User: i just type like "i need 3 ppl [[saturday|GENERIC_TIME]] 7 to 3, these ppl are available, this person cant close" and it gives me options. i dont put full names in, just initials. [[my prof|GENERIC_ROLE]] in a data ethics elective literally spent a whole week on that so i got paranoid haha. also i used it to write the little signs for the new [[fall|GENERIC_TIME]] drinks, the pumpkin ones, and for our [[Halloween|GENERIC_TIME]] special. my coworkers are mixed?? my coworker [[Mateo|PERSON]] thinks its sick, he used it to write his cover letter. but [[kevin|PERSON]] is like [[40|AGE]] and kind of thinks its lazy. [[the owner|GENERIC_ROLE]] doesnt really care as long as the schedule is done by [[thursday|GENERIC_TIME]]

AI: Does your university have rules about using AI?

User: depends on the prof. some say use it and cite it, some say if you use it its academic misconduct. its confusing!! i had one class where we had to write a reflection on whether [[Elon Musk|PUBLIC_FIGURE]] was right about AI being dangerous and half the class probably used AI to write it lmaooo

AI: Is there any way you'd like to be contacted if we have follow-up questions?

User: sure my student email is [[jasleen.gill@student.ubc.ca|EMAIL_ADDRESS]] or u can find me on [[discord|SOFTWARE]] im [[jas.gill_|SOCIAL_HANDLE]]. i check [[discord|SOFTWARE]] way more than email tbh

AI: Last question - how do you think AI will affect your future career?

User: i want to be a school counsellor so hopefully not too much? like a robot cant talk to a crying 14 yr old. but i think ill use it for paperwork for sure. my older cousin works in [[India|COUNTRY]] at a call centre and she says theyre replacing ppl there already so idk. kinda scary""")

T.append("""AI: Namaste, and thank you for taking the time. Could you introduce yourself and your role?

User: Namaste. I'm [[Meera Deshpande|PERSON]], [[41|AGE]], [[HR Business Partner|JOB_TITLE]] at [[Trivenika Software Services|ORGANIZATION]] in [[Pune|CITY]]. We are an IT services company, around 3,000 employees, and I support the delivery units on the [[Hinjewadi|CITY]] campus, and our head office is in [[Bengaluru|CITY]]. My reporting manager is [[Vikram Joshi|PERSON]], the [[Head of HR Operations|JOB_TITLE]]. I joined in [[2016|DATE]] after my MBA from [[Symbiosis Institute of Business Management|SCHOOL]].

AI: Thank you, [[Meera|PERSON]]. How is AI being used in HR at your company?

User: In many ways, some official and some not so official. Officially, our HRMS is [[Darwinbox|SOFTWARE]] and it has an AI assistant that answers employees' policy questions - leave, reimbursements, that kind of thing. That has reduced the tickets to my team a lot. Recruitment uses an AI screening feature to rank resumes. And most of us use [[ChatGPT|AI_PRODUCT]] or [[Microsoft Copilot|AI_PRODUCT]] for drafting policy notes and communication - like the bonus letters before [[Diwali|GENERIC_TIME]], or cleaning up attrition data in [[Excel|SOFTWARE]].

AI: You said some uses are not so official. What did you mean?

User: People use personal accounts for things they shouldn't. For example, last year a manager pasted an entire performance review with the employee's name into a free chatbot to "make it sound nicer". And in recruitment we once had a resume where the candidate had put his PAN number, [[BQRPS4417K|NATIONAL_ID]], right at the top, and the screening tool copied it into the summary that went to the whole panel. After that, [[our CHRO|GENERIC_ROLE]] made a very clear policy.

AI: How has AI affected the recruitment side specifically?

User: My colleague [[Sunny Arora|PERSON|word_name]] leads talent acquisition and [[Sunny|PERSON|word_name]] says it is a fight of AI against AI. Candidates write resumes with AI, we screen with AI, they prepare for interviews with AI. It is not all sunny, honestly. We are getting identical resumes. So now we put much more weight on the technical round and the HR conversation.

AI: Are there tasks you refuse to hand to AI?

User: Anything with emotions. Termination conversations, grievances, a person who is going through a divorce and missing work. Those I do myself. I also saw that [[Narayana Murthy|PUBLIC_FIGURE]] comment about 70-hour work weeks being shared everywhere, and people asked me whether AI will make them work more or less. I don't have an answer yet. And it shows up at home too. My son [[Aarav|PERSON]] is [[fourteen|AGE]] and he uses [[Gemini|AI_PRODUCT]] for his science projects. I made him promise to tell me when he does. We live in [[Baner|CITY]], and all the parents in our society [[WhatsApp|SOFTWARE]] group are discussing this now, it is the hot topic after board exams.

AI: Thank you very much. Anything else you'd like to add?

User: Only that HR people should be part of the AI decisions, not just IT. The people side matters. If your team wants to talk more, my email is [[meera.deshpande@trivenika.com|EMAIL_ADDRESS]]. In [[India|COUNTRY]] especially, with such large workforces, the impact will be huge.""")

T.append("""AI: Hello, thanks for joining so late in your day. Could you tell me about your work?

User: Hi! Its fine, I'm on night shift so this is actually my morning haha. I'm [[Jerome Villanueva|PERSON]], [[team lead|JOB_TITLE]] for customer support at [[BrightReach Contact Solutions|ORGANIZATION]] here in [[Cebu City|CITY]]. I live in [[Mandaue|CITY]] with my wife [[Aileen|PERSON]]. We handle support for a telco in [[Australia|COUNTRY]] and an online furniture store in the [[US|COUNTRY]]. I have 14 agents under me.

AI: Thanks, [[Jerome|PERSON]]. How is AI used on your team?

User: We use [[Zendesk|SOFTWARE]] and since last year it has the AI features, it suggests replies and summarises long tickets. My agents use it all the time. Also the company gave us access to [[Gemini|AI_PRODUCT]] through [[Google Workspace|SOFTWARE]]. Some agents still use [[ChatGPT|AI_PRODUCT]] on their phone even though they are not supposed to, I am always reminding them.

AI: How has it changed the work?

User: Average handle time went down a lot. Before, a new agent would take maybe three months to be confident. Now with the suggested replies they are okay after a few weeks. But the quality, hmm, sometimes the AI reply is too long and customers from [[Australia|COUNTRY]] especially don't like that, they want short and direct. One of my agents, [[Kristine Mae Santos|PERSON]], is really good at trimming them, so I made her do a coaching session for the others. [[Kristine|PERSON]] is only [[23|AGE]] but very sharp.

AI: Are people worried about their jobs?

User: Yes of course. Everyone in BPO here talks about it. The client from the furniture store already cut one of our lines because the chatbot on their website handles the easy questions now. I saw [[Jensen Huang|PUBLIC_FIGURE]] say everyone's job will be affected by AI, and my agents sent that to our group chat with many crying emojis. I tell them, the difficult customers still need a human. The angry ones, the [[Christmas|GENERIC_TIME]] delivery problems.

AI: What about you personally - how do you use it?

User: For reports to [[our account manager|GENERIC_ROLE]] in [[Sydney|CITY]], and to prepare coaching notes. Also I'm taking an online course from [[University of San Carlos|SCHOOL]], where I graduated in [[2017|DATE]], on operations management, and I use it to review. I'm [[29|AGE]] and I want to move to workforce management, not stay in the queue forever.

AI: If we'd like to follow up, is there a way to contact you?

User: Sure, you can message me on [[Viber|SOFTWARE]], [[zero nine one seven - five five five - 2348|OBF_PHONE|mixed_words_digits]]. I'm awake mostly during your daytime if you're in [[Europe|CONTINENT]], haha. Salamat!""")

T.append("""AI: Thanks for joining. Can you tell me about your role?

User: Sure. I'm [[Daniel Kowalczyk|PERSON]], I'm a [[senior FP&A analyst|JOB_TITLE]] at [[Hudson Mercer Health|ORGANIZATION]], which is a regional healthcare network. I work out of the [[Manhattan|CITY]] office a few days a week but I live in [[Hoboken|CITY]]. I've been there since [[June 2020|DATE]] - started during lockdown, never met my team in person for a year.

AI: What does your day-to-day involve, and where does AI come in?

User: Budgeting, forecasting, variance analysis, and a lot of explaining numbers to people who don't want to hear them. Our planning tool is [[Anaplan|SOFTWARE]], and most of the analysis ends up in [[Excel|SOFTWARE]] and [[Power BI|SOFTWARE]]. About a year ago the company rolled out [[ChatGPT Enterprise|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]]. [[Copilot|AI_PRODUCT]] I find kind of clunky still. [[ChatGPT Enterprise|AI_PRODUCT]] I use every day - writing commentary for the monthly pack, explaining variances in plain English, and writing Python for the odd data cleanup.

AI: How do you check that its commentary is right?

User: I never let it touch the numbers themselves. I give it the numbers I already calculated and ask it to write the story. Even then it will sometimes invent a reason - "driven by increased patient volumes" - when actually it was a one-off accrual reversal. My [[director|JOB_TITLE]], [[Angela Ruiz|PERSON]], caught one of those in a draft and was not thrilled. [[Angela|PERSON]] is great, but she's a former [[auditor|JOB_TITLE]], so she reads everything.

AI: Has it changed what you spend your time on?

User: Month-end is maybe a day shorter. That day goes into actual analysis, which is the fun part. I read somewhere that [[Jamie Dimon|PUBLIC_FIGURE]] said AI will shorten the work week, and I laughed, because so far it just means leadership asks for more scenarios.

AI: How do you feel about it personally?

User: Cautiously positive. I'm [[36|AGE]], I did my degree at [[Baruch College|SCHOOL]], so I came up doing everything by hand in [[Excel|SOFTWARE]] and I think that helps me smell when something's wrong. I worry about analysts coming in now who never built a model from scratch. I hope they'll still learn it. At home it's a different story. My wife [[Hope|PERSON|word_name]] is a [[nurse|JOB_TITLE]] and she's much more skeptical, which keeps me honest. We have twins, they're [[six|AGE]], and [[Hope|PERSON|word_name]] doesn't let them anywhere near the voice assistant. I use it to plan our grocery budget, which she finds hilarious given my job.

AI: Anything else you'd like to add?

User: Only that finance people need to be involved in how these tools are set up. There's a big difference between "it sounds right" and "it ties out". Most [[Thursdays|GENERIC_TIME]] I'm the one explaining that difference to someone.""")

T.append("""AI: Hello, and thanks for joining. Could you tell me about yourself and your work?

User: Hi, sure. My name is [[Emre Yıldız|PERSON]], I am [[33|AGE]], and I work as [[Senior Project Manager|JOB_TITLE]] at [[Voltflow GmbH|ORGANIZATION]] in [[Berlin|CITY]]. We build software for charging networks for electric cars. I joined in [[2021|DATE]], before I studied industrial engineering at [[TU Berlin|SCHOOL]]. My parents came from [[Izmir|CITY]] in [[Türkiye|COUNTRY]], I grew up in [[Kreuzberg|CITY]] and I still live there.

AI: Thanks, [[Emre|PERSON]]. How do you use AI in project management?

User: The biggest thing is meetings. I have maybe six, seven meetings per day, and we use [[Otter|AI_PRODUCT]] to record and summarize. Before, I spent every evening writing minutes. Now I just check the summary and copy the action items to [[Jira|SOFTWARE]]. Also I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Claude|AI_PRODUCT]] for writing status reports and for preparing difficult emails to suppliers. Our documentation is in [[Confluence|SOFTWARE]] and there is now also an AI search inside, which is okay but not great.

AI: Are there problems with the meeting summaries?

User: Yes, sometimes funny ones. It does not understand our German-English mix, we speak "Denglisch" in the office. And once it wrote that my colleague [[Lena Brandt|PERSON]] agreed to a deadline, but actually she said the opposite, with irony. [[Lena|PERSON]] was not happy when she saw this in the summary. Since then we have a rule: [[every Monday|GENERIC_TIME]] in the planning meeting, a human reads the action items out loud and people confirm.

AI: What does your company think about data protection with these tools?

User: Very serious, we are in [[Germany|COUNTRY]], haha. [[Our data protection officer|GENERIC_ROLE]] made a whole list of approved tools. [[Otter|AI_PRODUCT]] was almost banned because the servers were in the [[USA|COUNTRY]]. With the EU AI Act coming, [[the CEO|GENERIC_ROLE]] wants everything documented. I saw [[Ursula von der Leyen|PUBLIC_FIGURE]] talking about [[Europe|CONTINENT]] being a leader in "trustworthy AI" and I thought, okay, but first please make the paperwork easier.

AI: How has AI changed your own role?

User: I think project managers will do less admin and more people work. Which I like, this is the part that AI cannot do. When two teams are fighting about priorities, no chatbot will fix it. [[lena|PERSON]] jokes that I will be replaced by a [[Miro|SOFTWARE]] board with a chatbot. Maybe for the boring parts, yes.

AI: Is there a way we could follow up with you?

User: Yes, you can find me on [[LinkedIn|SOFTWARE]], [[linkedin.com/in/emre-yildiz-pm|URL]], or write me, [[emre punkt yildiz ät voltflow punkt de|OBF_EMAIL|german_words]]. Our office is at [[Schlesische Straße 26|ADDRESS]], [[10997|ADDRESS]] [[Berlin|CITY]], if someone from your team is in town, I invite you for a coffee. Not during [[Ramadan|GENERIC_TIME]] maybe, then I am a bit tired in the afternoon, haha.""")

T.append("""AI: Hi, thanks so much for joining. Could you tell me a little about what you do?

User: Absolutely! I'm [[Amber Collins|PERSON|word_name]], I'm a [[realtor|JOB_TITLE]] with [[Bayshore Realty Group|ORGANIZATION]] here in [[Tampa|CITY]]. I got licensed in [[2015|DATE]] after I left teaching, and I mostly work [[South Tampa|CITY]] and [[Brandon|CITY]], so a lot of first-time buyers and families.

AI: Thanks, [[Amber|PERSON|word_name]]. How are you using AI in your business?

User: Oh gosh, where to start. Listing descriptions, for one. I used to spend an hour on each one, now I give [[ChatGPT|AI_PRODUCT]] the details and it gives me a draft in seconds. I have to tone it down though, it loves words like "nestled" and "oasis". We had a house last month where the walls were this amber color and it called it "sun-kissed golden hues", I about died. I also use [[Canva|SOFTWARE]] for flyers and [[Matterport|SOFTWARE]] for the 3D tours.

AI: What about your client communication?

User: My CRM is [[Follow Up Boss|SOFTWARE]], which, yes, that's the real name, and it has AI that drafts text replies to leads. I let it handle the first touch on [[Zillow|SOFTWARE]] leads, the "is this still available" messages, because those come in at 11 at night. But anything about offers or inspections is me. My [[broker|JOB_TITLE]], [[Dwayne Pritchett|PERSON]], drilled into us that fair housing rules apply to AI too, so we never let it describe neighborhoods in ways that could steer people.

AI: Have you had any close calls?

User: One. It wrote a listing for [[4410 W Bay Vista Ave|ADDRESS]] that mentioned a "family-friendly" school district - which sounds harmless but [[Dwayne|PERSON]] flagged it, that kind of language can get you in trouble. So now I read everything out loud before it goes live. And I never put my sellers' names or their gate codes or anything like that into it.

AI: How does it fit into your life outside work?

User: Honestly it's given me my [[Sundays|GENERIC_TIME]] back, mostly. My daughter [[Lily|PERSON]] is [[eleven|AGE]] and I'm a single mom, so open houses used to eat my whole weekend. I'm [[44|AGE]] and I feel like I'm finally working smarter instead of harder. I watched [[Barbara Corcoran|PUBLIC_FIGURE]] say agents who don't use AI will be left behind, and I think she's right.

AI: If we want to follow up, how should we reach you?

User: Easiest is my cell, [[(813) 555-0142|PHONE_NUMBER]], or my website [[ambercollinshomes.com|URL]]. I'm also [[@ambersellstampa|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], that's where I post all the new listings.""")

T.append("""AI: Hiya, thanks for joining. Can you tell me a bit about yourself and your job?

User: hiya! im [[rhian pritchard|PERSON]], [[year 4 teacher|JOB_TITLE]] at [[Ty Gwyn Primary|SCHOOL]] in [[Cardiff|CITY]], been teaching since [[2014|DATE]] after my PGCE at [[Cardiff Met|SCHOOL]]. i live in [[Canton|CITY]] so i walk to work which is lush

AI: Thanks, [[Rhian|PERSON]]. How do you use AI as a primary teacher?

User: mainly planning and resources tbh. i use [[ChatGPT|AI_PRODUCT]] for stuff like differentiating a reading comprehension 3 ways, and [[Aila|AI_PRODUCT]] from Oak National Academy for lesson plans cos its built for the curriculum. we're a bilingual-ish school so sometimes i ask it to help with welsh vocab lists but its honestly not great at welsh, it makes up mutations lol. my [[TA|JOB_TITLE]] mrs [[ahmed|PERSON]] corrects it for me, her welsh is better than mine

AI: What about marking and feedback?

User: i dont use it for marking the kids work directly, it doesnt feel right and [[the head|GENERIC_ROLE]] said no AI on anything with childrens names. i do use it to help write reports at the end of the year. i write bullet points like "good at maths, chatty, loves dinosaurs" and it turns it into a paragraph. then i rewrite half of it. my colleague [[May Jenkins|PERSON|word_name]] does year 3 and [[May|PERSON|word_name]] thinks its a massive time saver, we did reports in [[May|GENERIC_TIME]] last year in like half the time

AI: Do you feel supported by your school or the system?

User: kind of? theres been a bit of guidance from the Welsh Government but its very vague. [[the head|GENERIC_ROLE]] is supportive tho. we had one inset day on it in [[September|GENERIC_TIME]], and it was mostly someone showing us [[Gemini|AI_PRODUCT]] on a smartboard. [[Bridget Phillipson|PUBLIC_FIGURE]] keeps saying AI will cut teacher workload but thats [[england|COUNTRY]] not us anyway

AI: How do you feel about it personally?

User: excited and a bit scared. my lad is [[7|AGE]] and hes already asking the [[alexa|AI_PRODUCT]] thing everything. i worry kids wont learn to struggle with stuff. but also i might actually have a [[half term|GENERIC_TIME]] that isnt all planning for once lol. the parents on the class [[Seesaw|SOFTWARE]] are already asking if we use it

AI: Anything else you'd like to share?

User: just that teachers need proper time to learn it not just a twilight session on a [[wednesday|GENERIC_TIME]]. oh and that every tool is built for [[america|COUNTRY]] or [[england|COUNTRY]], nobody thinks about [[Wales|COUNTRY]]!! im [[36|AGE]] and ive seen loads of these tech fads come and go, this one feels different tho""")

T.append("""AI: Hello, thank you for joining. Could you introduce yourself and your job?

User: Good afternoon. I am [[Chiamaka Okonkwo|PERSON]], I am [[26|AGE]] years old, and I work as a [[data analyst|JOB_TITLE]] at [[Eko Trust Microfinance Bank|ORGANIZATION]] in [[Lagos|CITY]]. I joined in [[2022|DATE]] after my NYSC. I studied statistics at [[University of Lagos|SCHOOL]], UNILAG. I live in [[Yaba|CITY]] and the office is in [[Ikeja|CITY]], so the traffic is part of my job too, haha.

AI: Thanks, [[Chiamaka|PERSON]]. How do you use AI in your analysis work?

User: Mostly for code. Our data is in [[SQL Server|SOFTWARE]] and we build dashboards in [[Power BI|SOFTWARE]]. When I need a complex query or DAX measure I ask [[ChatGPT|AI_PRODUCT]] and then I test it. I also use [[Gemini|AI_PRODUCT]] because it is free on my phone, sometimes I am solving a problem on the bus. For Python I use it to explain errors. It has made me faster, I will say maybe forty percent faster.

AI: Does the bank allow that?

User: The policy says do not share customer data with external tools, and I follow it strictly. We have loan data, BVN, phone numbers - very sensitive. I only paste the table structure with fake values. My [[head of unit|JOB_TITLE]], Mr [[Tunde Adebayo|PERSON]], is strict about it. Mr [[Adebayo|PERSON]] said if he sees one customer account number in a chatbot, that person is going home. He is a good boss, but strict.

AI: What kinds of projects has it helped with?

User: The best one was loan default prediction for our market women customers. I used it to learn about logistic regression better, step by step, like a tutor. My colleague [[Ifeoma|PERSON]] and I built the first model in two weeks. [[Ifeoma|PERSON]]'s background is economics so she did the business side. Management was impressed.

AI: How do you feel about AI and your career?

User: Positive. In [[Nigeria|COUNTRY]], many young people are using AI to learn skills they cannot get from school, it is like having a free mentor. [[Tony Elumelu|PUBLIC_FIGURE]] talks about young African entrepreneurs and I think AI will help that in [[Africa|CONTINENT]]. But the data centres and good internet are mostly in the [[US|COUNTRY]] and [[Europe|CONTINENT]], so we are still behind. When NEPA takes light, no AI, haha.

AI: Would you be open to a follow-up conversation?

User: Yes of course. Email is [[chiamaka.okonkwo.data@gmail.com|EMAIL_ADDRESS]], or [[WhatsApp|SOFTWARE]] [[0803 five five five 1290|OBF_PHONE|mixed_words_digits]]. I am usually free on [[Saturdays|GENERIC_TIME]].""")

T.append("""AI: Bonjour, thank you for joining us. Can you tell me about yourself and your job?

User: Bonjour. So I am [[Thomas Lefèvre|PERSON]], I am [[29|AGE]], I work as a [[tech recruiter|JOB_TITLE]] - we say "chargé de recrutement" - at [[Talentis Conseil|ORGANIZATION]], it's a recruitment agency specialised in IT profiles, in [[Paris|CITY]], near [[La Défense|CITY]]. I am here since [[January 2021|DATE]], before I studied at [[ESSEC|SCHOOL]].

AI: Thanks, [[Thomas|PERSON]]. How do you use AI in recruitment?

User: All day, honestly. For sourcing I use [[LinkedIn Recruiter|SOFTWARE]], which has now AI search, you can write "Java developer who knows Kafka and wants remote" in normal words. Then I use [[ChatGPT|AI_PRODUCT]] to write the approach messages, and to rewrite job descriptions that clients send us, because often they are horrible, a list of twenty technologies. Recently I also try [[Le Chat|AI_PRODUCT]] from [[Mistral|AI_PRODUCT]], it is French so [[my boss|GENERIC_ROLE]] likes it more, haha, a question of patriotism.

AI: What does your boss think about AI in general?

User: [[My manager|GENERIC_ROLE]] [[Inès Benali|PERSON]] is very open, she pushed for it. But she has one rule: the candidate must never feel he is talking with a robot. [[Inès|PERSON]] reads some of my messages randomly to check. And we do not put CVs into [[ChatGPT|AI_PRODUCT]], because of RGPD - GDPR in English. One time a candidate sent me a CV with his social security number on it, [[1 89 05 75 112 047 33|NATIONAL_ID]], I don't know why people do this, and I was very happy that I did not paste it anywhere.

AI: Are candidates using AI too?

User: Oh yes. Now all cover letters sound the same, "passionate about innovation". And in technical interviews online, some candidates read answers from [[ChatGPT|AI_PRODUCT]] on a second screen, you see their eyes moving. Our clients now ask for more on-site interviews because of this. It's a bit funny, like we go back to 2010.

AI: How do you think your job will change?

User: I think the simple sourcing will be automatic soon. What stays is the human part, to convince a good developer to leave a stable job, to negotiate salary. [[Arthur Mensch|PUBLIC_FIGURE]] said in an interview that AI will change every job in [[France|COUNTRY]], and I agree but not so fast as people think. Big companies here are slow.

AI: Could we contact you again if we have more questions?

User: Yes with pleasure. My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/thomas-lefevre-recrutement|URL]], or email [[thomas.lefevre [at] talentis-conseil [dot] fr|OBF_EMAIL|bracket_at_dot]]. Not in [[August|GENERIC_TIME]] please, all of [[France|COUNTRY]] is on holiday, me included.""")

T.append("""AI: Hi there, thanks for joining. Could you tell me about your practice?

User: Sure! I'm [[Aisha Rahman|PERSON]], I'm a [[physiotherapist|JOB_TITLE]] and I own [[Bow River Physio|ORGANIZATION]] in [[Calgary|CITY]]. We're at [[1120 17 Ave SW|ADDRESS]], in the [[Beltline|CITY]]. I opened in [[2019|DATE]], so right before the pandemic, great timing. We're five physios, a massage therapist and a front desk person.

AI: Thanks, [[Aisha|PERSON]]. Where does AI show up in the clinic?

User: The biggest change this year was an AI scribe. We use [[Heidi|AI_PRODUCT]], it listens to the appointment and drafts the SOAP note. Our booking and charting system is [[Jane|SOFTWARE]], which confuses everyone when I say "[[Jane|SOFTWARE]] does our billing", people think [[Jane|SOFTWARE]] is a person. Before [[Heidi|AI_PRODUCT]] I was charting until 9pm some nights. Now my notes are mostly done by the time the patient leaves.

AI: How did patients react to being recorded?

User: We ask consent every time, and there's a sign at the front. Maybe one in twenty says no, usually older patients, and that's totally fine. Privacy is a big deal in [[Alberta|CITY]], there's provincial legislation and our college is strict. I read the vendor's privacy stuff very carefully, like where the audio is stored, that it's in [[Canada|COUNTRY]] and deleted after. Our front desk guy, [[Will Fontaine|PERSON|word_name]], handles the consent forms and [[Will|PERSON|word_name]] will remind you if you forget, he's very good.

AI: Do you use any other AI tools in the business?

User: [[ChatGPT|AI_PRODUCT]] for marketing stuff and home exercise handouts - I'll give it the exercises and ask for plain-language instructions at a grade 6 reading level. I always check the exercises themselves, it once told a patient with a knee replacement to do deep squats, which, no. Also for the business side, like understanding my [[QuickBooks|SOFTWARE]] reports. I did physio at the [[University of Alberta|SCHOOL]] and they taught us nothing about running a business.

AI: Any concerns about where this is going?

User: That insurers will start using AI to deny claims, honestly. And that new grads will rely on AI notes and stop thinking clinically. I'm [[37|AGE]] and I remember writing every note by hand as a student, it's how you learn to reason. My husband [[Farhan|PERSON]] works in oil and gas IT and he's way more worried about jobs than I am.

AI: Could we follow up with you if needed?

User: Sure, email me at [[aisha@bowriverphysio.ca|EMAIL_ADDRESS]] or call the clinic, [[403-555-0176|PHONE_NUMBER]]. Mornings are best, we're slammed after 3 on [[Mondays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]].""")

T.append("""AI: Hi, thanks for joining. Could you tell me about your work?

User: hi! so im [[Kavya Iyer|PERSON]], freelance [[content writer|JOB_TITLE]] and copywriter, based in [[Delhi|CITY]] - [[Saket|CITY]] specifically. im [[28|AGE]]. originally from [[Chennai|CITY]], moved here for college, did english at [[Lady Shri Ram College|SCHOOL]] and then worked at an agency in [[Gurugram|CITY]] for 3 years. went full time freelance in [[April 2022|DATE]]

AI: Thanks, [[Kavya|PERSON]]. How has AI affected freelance writing for you?

User: honestly?? it nearly killed my income for like 6 months. end of [[2022|DATE]] when [[ChatGPT|AI_PRODUCT]] came out, two of my biggest clients just stopped sending blog work. one of them, a real estate developer, literally told me "we'll do it in-house with AI now". i had to totally rethink what i sell

AI: What did you change?

User: i stopped selling "blog posts" and started selling strategy plus editing. like, you have AI drafts, i'll make them not sound like AI and actually rank. i use [[Surfer SEO|SOFTWARE]] for the SEO side and [[Claude|AI_PRODUCT]] for first drafts now, i find it writes less cringe than [[chatgpt|AI_PRODUCT]] for long form. and [[Grammarly|AI_PRODUCT]] obvs. i post my work on [[WordPress|SOFTWARE]] for clients and manage everything in [[Notion|SOFTWARE]]

AI: How do clients feel about you using AI?

User: most dont care as long as its good. a few ask me to sign a no-AI clause and then i write fully myself and charge more. my best client now is [[Chaiwala Brothers|ORGANIZATION]], a tea startup, the founder [[Rohit Bansal|PERSON]] is super chill, [[rohit|PERSON]] just wants stuff on time. i also do ghostwriting of [[linkedin|SOFTWARE]] posts for two founders which is... a whole thing. everyone wants to sound like [[Chetan Bhagat|PUBLIC_FIGURE]] crossed with [[Simon Sinek|PUBLIC_FIGURE]] lol

AI: Are there parts of your work you'd never hand over to AI?

User: interviews. when i write case studies i talk to real customers and thats where the good lines come from. AI cant get a shopkeeper in [[Lucknow|CITY]] to tell you why he switched suppliers. also voice notes from my mom, she's my toughest editor haha

AI: If we wanted to follow up, how could we reach you?

User: portfolio is [[kavyaiyer.in|URL]] and email is [[kavyaiyer.writes (at) gmail (dot) com|OBF_EMAIL|paren_at_dot]] - writing it like that cos bots scrape everything. or [[whatsapp|SOFTWARE]] [[98110 4 4 2 0 7|OBF_PHONE|spaced_digits]], but pls msg first, i dont pick up unknown numbers during [[Diwali|GENERIC_TIME]] season lol""")

T.append("""AI: Thanks for joining. Could you introduce yourself and your role?

User: Sure thing. I'm [[Steven Cho|PERSON]], I'm [[39|AGE]], and I'm the [[operations manager|JOB_TITLE]] at a distribution center for [[Peachtree Freight Logistics|ORGANIZATION]] in [[McDonough|CITY]], just south of [[Atlanta|CITY]]. About 220 people across three shifts. I've been with the company since [[2016|DATE]], started as a shift supervisor. I went to [[Georgia Tech|SCHOOL]] for industrial engineering.

AI: Thanks, [[Steven|PERSON]]. Where does AI fit into warehouse operations?

User: More than people think, but it's not robots walking around. Our WMS is [[Manhattan Active|SOFTWARE]], and it does a lot of the slotting and labor planning now with machine learning. On my side I use [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] mainly for writing - safety bulletins, SOPs, incident summaries. And I built some approval flows in [[Power Automate|SOFTWARE]] with help from [[Copilot|AI_PRODUCT]], which I never would've figured out on my own.

AI: Can you give an example of how it's helped with the workforce?

User: Translation is the big one. A big part of our team speaks Spanish, a lot of folks from [[Mexico|COUNTRY]] and [[Guatemala|COUNTRY]], and we've got some Vietnamese and Haitian Creole speakers too. I use it to translate safety talks so everybody gets it the same day. My second shift supervisor [[Marisol Herrera|PERSON]] double-checks the Spanish, because [[Marisol|PERSON]] says sometimes it's too formal, like a textbook. Nobody on a pallet jack talks like a textbook.

AI: Has leadership set any rules on AI use?

User: Yeah. My GM, [[Jack Sullivan|PERSON|word_name]], sent out a policy in [[March 2024|DATE]] - no customer names, no shipment data, no employee info in public AI tools. [[Jack|PERSON|word_name]]'s pretty practical about it though, he knows people are using it anyway so he'd rather set rules than pretend. Corporate is piloting something internal.

AI: How do you personally feel about where it's headed?

User: Mixed. I read the stuff about [[Jeff Bezos|PUBLIC_FIGURE]] and all the automation at the big players and I know that's coming for us eventually. I'd rather my people be the ones running the robots than being replaced by them. I've got two kids, my son is [[twelve|AGE]], and I think about what jobs will even look like for him. My wife [[Eunji|PERSON]] says I worry too much.

AI: Anything else you'd like us to know?

User: Just that the folks building this stuff should spend a week in a warehouse during [[peak season|GENERIC_TIME]], [[Black Friday|GENERIC_TIME]] through [[Christmas|GENERIC_TIME]]. You'd learn real quick what's useful and what's a demo.""")

T.append("""AI: Hello, thank you for making time for this. Could you tell me about your role?

User: Of course. I'm [[Linh Pham|PERSON]], I'm a [[research officer|JOB_TITLE]] in the [[School of Public Health|SCHOOL]] at [[Monash University|SCHOOL]] in [[Melbourne|CITY]]. I finished my PhD there in [[2020|DATE]], and I've been on a series of fixed-term contracts since, which is very normal in [[Australia|COUNTRY]] academia, sadly. I grew up in [[Da Nang|CITY]] and came here as an international student from [[Vietnam|COUNTRY]] in [[2011|DATE]].

AI: Thank you, [[Linh|PERSON]]. How do you use AI in your research?

User: In a few distinct ways. For literature searching I use [[Elicit|AI_PRODUCT]] and [[Consensus|AI_PRODUCT]] to get a first map of a topic, then I do a proper systematic search in the databases because the AI tools miss things. For qualitative analysis we use [[NVivo|SOFTWARE]], and I have experimented with asking [[Claude|AI_PRODUCT]] to suggest initial codes for de-identified interview transcripts - actually not unlike what you're doing with this study, I imagine. And I use [[ChatGPT|AI_PRODUCT]] to help with R code and to tighten my writing.

AI: How do you handle ethics and privacy in that process?

User: Carefully. Our ethics approvals now have a specific section on AI tools. Transcripts have to be de-identified before they go anywhere near an external model, which means removing names, suburbs, workplaces, and so on. My supervisor, A/Prof [[Helen Marsh|PERSON]], is on the university's AI working group and she's quite strict. [[Helen|PERSON]] once made me redo a whole batch because I'd left in a participant's employer - a small clinic in [[Geelong|CITY]] - and she said in a small town that's enough to identify someone.

AI: Have you found the AI-suggested codes useful?

User: As a sparring partner, yes. They're often too generic, and they miss anything culturally specific. We had Vietnamese-Australian participants talking about family obligations and the model flattened all of that into "social support". That's where my own background matters. I read [[Geoffrey Hinton|PUBLIC_FIGURE]]'s warnings and I'm less worried about superintelligence than about these quiet flattening effects in research.

AI: Does AI affect your life outside work?

User: A little. I live in [[Footscray|CITY]] with my partner [[Sam Whitlock|PERSON]] and our daughter [[Mai|PERSON]], who is [[four|AGE]], and I use [[ChatGPT|AI_PRODUCT]] for meal planning in the chaos of daycare pickups. I'm [[35|AGE]] and I sometimes feel like AI is the only thing keeping my work-life balance together, which is a bit bleak when I say it out loud.

AI: Is there anything you'd like to add, or a way we can reach you?

User: My profile is at [[orcid.org/0000-0002-4187-6650|URL]] and my email is [[linh.pham@monash.edu|EMAIL_ADDRESS]]. What I'd add is that early-career researchers are the ones experimenting most, with the least job security. We'd love clearer guidance, not just a list of banned tools sent around in [[February|GENERIC_TIME]] before semester starts.""")

T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your work?

User: Hello. I am [[Agnieszka Nowak|PERSON]], but everybody calls me [[Aga|PERSON]]. I am [[freelance bookkeeper|JOB_TITLE]] in [[Bristol|CITY]], I work from home in [[Bishopston|CITY]]. I came to [[UK|COUNTRY]] from [[Poland|COUNTRY]] in [[2009|DATE]], I studied accounting at [[University of Gdańsk|SCHOOL]], and here I did my AAT qualification. I have around twenty-five clients, small businesses, sole traders.

AI: Thanks, [[Aga|PERSON]]. How does AI fit into bookkeeping for you?

User: The software already does a lot. I use [[Xero|SOFTWARE]] for most clients and [[QuickBooks|SOFTWARE]] for two who refuse to change. And [[Dext|SOFTWARE]] for receipts, it reads the receipt and puts the supplier and VAT automatic. Five years ago I typed all of this. Now I check it. For writing emails to clients in English, I use [[ChatGPT|AI_PRODUCT]], because my English is good but formal English for HMRC letters is difficult, you know.

AI: What kind of clients do you work with?

User: All sorts. A joinery, [[Redland Joinery Ltd|ORGANIZATION]], a dental practice in [[Clifton|CITY]], a few cafés, one plumber. The plumber, [[Mark Tennant|PERSON|word_name]], sends me photos of receipts on [[WhatsApp|SOFTWARE]] at 11 at night, haha. [[Mark|PERSON|word_name]] asked me if AI can do his tax return so he doesn't need me. I said try it, and mark my words you will come back. He came back.

AI: Are there things you are careful about with AI?

User: Very much. Personal data. Clients send me everything - bank statements, their NI numbers, passport scans for the anti-money laundering checks. Once a new client emailed me his NI number, [[PN 73 19 42 D|NATIONAL_ID]], in the subject line of the email! I told him please never again. I never put anything like that into [[ChatGPT|AI_PRODUCT]]. Only general questions, like how to treat something for VAT, and then I check on the gov website because it is sometimes wrong or old.

AI: How do you feel about the future of your job?

User: Honestly a bit worried. [[Martin Lewis|PUBLIC_FIGURE]] says on TV that apps can do everything now, and clients believe it. But the apps don't sit with a crying café owner in [[January|GENERIC_TIME]] before the self assessment deadline. My daughter [[Zosia|PERSON]] is [[10|AGE]] and she tells me "mama, the robot will do your job", thanks [[Zosia|PERSON]], very nice.

AI: If we need to follow up, how could we reach you?

User: You can write to [[aga.nowak.books at outlook dot com|OBF_EMAIL|spelled_at_dot]] or call [[07700 900412|PHONE_NUMBER]]. My office address for letters is [[Flat 3, 22 Gloucester Road|ADDRESS]], [[Bristol|CITY]] [[BS7 8AE|ADDRESS]], but email is better, the post here is very slow.""")

T.append("""AI: Good afternoon, and thanks for joining. Could you tell me about your role?

User: Aye, no bother. I'm [[Fiona MacLeod|PERSON]], I'm the [[practice manager|JOB_TITLE]] at [[Dowanhill Medical Practice|ORGANIZATION]] in the west end of [[Glasgow|CITY]]. We've six GPs, a couple of practice nurses, and about 9,000 patients. I've been here since [[2012|DATE]], before that I was in the [[NHS Greater Glasgow and Clyde|ORGANIZATION]] admin side for years.

AI: Thanks, [[Fiona|PERSON]]. How is AI being used at the practice?

User: Cautiously. Our clinical system is [[EMIS|SOFTWARE]], and we use [[Docman|SOFTWARE]] for letters. One of our GPs, Dr [[Imran Qureshi|PERSON]], is very keen and got us onto a pilot for an AI scribe called [[Tortus|AI_PRODUCT]], it listens to consultations and drafts the notes. [[Imran|PERSON]] says it saves him twenty minutes a session. Patients have to agree, and a few say no, which is fine.

AI: And in your own work as [[practice manager|JOB_TITLE]]?

User: Mostly writing. Rotas, policies, complaint responses - I'll draft a response to a complaint in [[Copilot|AI_PRODUCT]] with all the details taken out, then put it back together myself. It's good at taking the heat out of my first draft, put it that way. And I've used [[ChatGPT|AI_PRODUCT]] to summarise guidance from the Scottish Government, those documents are endless. We use [[Accurx|SOFTWARE]] for texting patients, and there's talk of AI in that too.

AI: What worries you most about it?

User: Patient data, without a doubt. I'm responsible if anything goes wrong. Every patient has a CHI number and if one of those ended up in a public chatbot I'd be having a very bad day with the health board. I also worry about the older staff. Our senior receptionist, [[Moira|PERSON]], is [[63|AGE]] and she finds it all a bit much, she says she liked it when the computer just did what you told it.

AI: Has anything surprised you?

User: How much the younger GPs use it. And I read [[Ethan Mollick|PUBLIC_FIGURE]]'s book on holiday last year, my son gave it me for [[Christmas|GENERIC_TIME]], and it changed my mind a bit - I went from thinking this was a fad to thinking we'd better get ahead of it. I'm [[52|AGE]], I did a business degree at [[Glasgow Caledonian|SCHOOL]] in my twenties and never imagined any of this.

AI: If we wanted to follow up, how might we reach you?

User: Best to phone the practice and ask for me, the direct line's [[0 1 4 1 - 4 9 6 - 0 8 2 3|OBF_PHONE|spaced_digits]]. Not first thing on a [[Monday|GENERIC_TIME]] though, that's when the phones go mental. Or you'd get me in [[Scotland|COUNTRY]] for most of the year, I only leave in the [[summer|GENERIC_TIME]].""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_o")
