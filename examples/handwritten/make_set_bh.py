import sys
from markup import write_set
T = []

# 1 Nigeria
T.append("""AI: Good afternoon, and thank you for making time today. To start, could you tell me a little about yourself and the work you do?

User: Ah, good afternoon o. My name is [[Adaeze Okonkwo-Bello|PERSON]], but everybody in the market calls me [[Mama Nneka|PERSON|nickname]], after my first daughter. I'm [[forty-four|AGE]]. I am the [[creative director|JOB_TITLE]], that is the fancy title my children put on [[Instagram|SOFTWARE]], of [[House of Nneka|ORGANIZATION]]. We do bespoke aso-ebi, bridal, and some ready-to-wear. Our shop is in [[Yaba|CITY]], just off Herbert Macaulay, near [[Sabo|CITY]], here in [[Lagos|CITY]]. I started with one Singer machine in my mother's parlour in [[2009|DATE]], and now we have six tailors and two apprentices. God has been faithful.

AI: Six tailors, that's quite a team. How did AI first come into the business?

User: Na my daughter [[Nneka|PERSON]] o. She is in her final year at [[UNILAG|SCHOOL]], doing Mass Comm, and [[last year|GENERIC_TIME]] during the [[ASUU|ORGANIZATION]] strike she was at home, bored, so she took over my [[Instagram|SOFTWARE]]. One day she showed me [[ChatGPT|AI_PRODUCT]]. She typed "write a caption for a green and gold aso-oke gele for a wedding in [[Ibadan|CITY]]" and in two seconds, ehn, it wrote something sweet. I said, this thing na witch! (laughs) Now I use it myself, every day. Captions, yes, but also I ask it to calculate how many yards for a client with a long train, or to help me write polite messages to clients who have not paid their balance. Ah, that one is my biggest wahala. In this business, people will collect their clothes for the owambe and then the balance will just disappear. Before, I would send voice note, shouting. My husband [[Emeka|PERSON]] said, "[[Ada|PERSON|nickname]], you will drive away all your customers." So now I type, "write a firm but respectful reminder in Nigerian English to an aunty who owes forty thousand naira." It gives me something like, "Good morning ma, trust you are well, kindly note the outstanding balance..." and I send it on [[WhatsApp Business|SOFTWARE]]. There is one client, Alhaja [[Funmilayo Adebayo|PERSON]], she owed me for three outfits since [[December|GENERIC_TIME]]. I sent the AI message, she paid the next morning with the [[Paystack|SOFTWARE]] link. My tailor [[Tunde|PERSON]] said, "Madam, na the robot collect the money." (laughs)

AI: That's a great story. Do your tailors and apprentices use it as well?

User: Not really the older ones. Oga [[Tunde|PERSON]], [[Tunde Bakare|PERSON]], he is my [[head tailor|JOB_TITLE]], he has been with me eleven years, he doesn't trust phone for anything except Arsenal scores. But [[my apprentice|GENERIC_ROLE]] [[Blessing|PERSON]], she is young, [[twenty-two|AGE]], she screenshots styles from [[Pinterest|SOFTWARE]] and asks [[ChatGPT|AI_PRODUCT]] to explain the pattern step by step. Sometimes it gives wrong thing o. Once it told her to cut a peplum in a way that would have wasted two yards of lace, and that lace is thirty-five thousand a yard! I told her, [[Blessing|PERSON]], the machine does not pay for lace. Always check with Oga [[Tunde|PERSON]] first.

AI: What other tools do you use, apart from [[ChatGPT|AI_PRODUCT]]?

User: [[Canva|SOFTWARE]] for flyers, and the [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]], that blue circle that just appeared one day. I ask it small things, like the exchange rate, but with this our naira the rate changes every hour, so I don't trust it for that. I keep my fabric stock in [[Excel|SOFTWARE]], which [[Nneka|PERSON]] set up for me. And when [[Tiwa Savage|PUBLIC_FIGURE]] wore that corset dress, everybody came asking for the same style, so I asked [[ChatGPT|AI_PRODUCT]] to describe the construction, then my cutter [[Kelechi|PERSON]] did the rest.

AI: Are there things you won't put into these tools?

User: Yes o. Client measurements with their names, never. People's bust and waist, that's private! Some of [[my clients|GENERIC_ROLE]] are big women in society, wives of senators. If I need help, I write "client A, bust 42, hip 50". Also I don't put my bank details. My friend [[Chinwe|PERSON]] who sells hair in [[Ikeja|CITY]] got scammed by a fake "AI investment" on [[Telegram|SOFTWARE]], so I am careful. At home, my last born, [[Chidi|PERSON]], he is in JSS3 at [[King's College|SCHOOL]], he uses it for homework, and I check that he is not copying everything. I use it to plan meals for the week when light is not steady, what to cook that won't spoil. My mother-in-law, [[Mama Obinna|PERSON|nickname]], thinks it's a spirit. (laughs)

AI: Thank you so much, Mrs [[Okonkwo-Bello|PERSON]]. If we want to follow up, how can we reach you?

User: [[WhatsApp|SOFTWARE]] me on [[0803 417 2290|PHONE_NUMBER]], that is the shop line, or DM on [[Instagram|SOFTWARE]], [[@houseofnneka_lagos|SOCIAL_HANDLE]]. If your people need it for payment voucher, our [[CAC|ORGANIZATION]] business name number is [[BN 2741186|NATIONAL_ID]]. Tell them [[Mama Nneka|PERSON|nickname]] sent you, they will know. (laughs)""")

# 2 Kenya
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and tell me what you do for work?

User: Sawa, thanks. I'm [[Brian Otieno Ouma|PERSON]], but on the stage everyone calls me [[Bee|PERSON|nickname]]. I'm [[twenty-seven|AGE]]. I'm a [[boda boda rider|JOB_TITLE]], and also I do deliveries for [[Glovo|ORGANIZATION]] and sometimes [[Uber Eats|ORGANIZATION]] when it's busy. I stay in [[Kasarani|CITY]] but mostly I work around [[Westlands|CITY]] and the CBD here in [[Nairobi|CITY]]. I'm a member of [[Umoja Riders Sacco|ORGANIZATION]], that's how I got the loan for my bike, a TVS, in [[March 2022|DATE]].

AI: Thanks, [[Brian|PERSON]]. So where does AI come into your day?

User: Aii, many places actually. The [[Glovo|ORGANIZATION]] app itself has some AI, I think, it decides who gets which order, and sometimes it's not fair, you wait at [[Sarit Centre|ORGANIZATION]] for one hour with nothing. But the one I use on purpose is [[ChatGPT|AI_PRODUCT]]. My cousin [[Kevo|PERSON|nickname]], [[Kevin Onyango|PERSON]], he's at [[Strathmore|SCHOOL]], he installed it for me. At first I used it for English, like if a customer in [[Westlands|CITY]] is angry, I ask it how to reply politely. Then I started using it for money. Like, I ask it, "I make 2,400 bob a day, fuel is 800, how do I save for a second bike in one year?" It made me a plan. Not easy to follow, but it's there. Did I follow it? Partly, eh. (laughs) The thing is, it doesn't understand our life. It said put money in a savings account, but I'm already in the sacco, and the sacco gives better dividends. So I told it about the sacco and it adjusted. Now I use [[M-Pesa|SOFTWARE]] lock savings, the [[M-Shwari|SOFTWARE]] one, and the sacco. My chairman, Mzee [[Kamau|PERSON]], he was surprised when I showed him the table. He said, "Kijana, you've become an accountant?" Now he wants me to help him do the sacco minutes with AI. Hapo sijui, those minutes have people's loan numbers, I don't want to put that online.

AI: That's an interesting concern. What else do you keep away from these tools?

User: My ID, my [[KRA|ORGANIZATION]] PIN, all that. There are many fake apps, "AI loans", they take your contacts and then they call your mother saying you are a thief. It happened to my friend [[Wanjiku|PERSON]]. She took a loan on one app, and when she was late, they sent messages to her whole phonebook, even her pastor. So no, I don't give my details to apps I don't know. [[ChatGPT|AI_PRODUCT]] I use without my name. Only first name.

AI: Understandable. How do you use AI for navigation or for the deliveries themselves?

User: [[Google Maps|SOFTWARE]], obviously, but [[Google Maps|SOFTWARE]] doesn't know the shortcuts. For example from [[Kileleshwa|CITY]] to [[Lavington|CITY]], there's a path behind the school, the map doesn't know it. Sometimes I ask [[Gemini|AI_PRODUCT]], it's on my phone, to tell me the fastest way during rain, but it just repeats [[Google Maps|SOFTWARE]]. (laughs) Where it helps is with customers who write in English that's, like, very formal. One lady wrote "Kindly ensure the parcel is handed to the concierge and not left at the gate." I didn't know concierge, so I asked. Another one texted me, "[[brian|PERSON]] uko wapi?? food inapoa," and I asked the AI to help me answer in nice English that I'm stuck at the roundabout, not that I ate his chips. (laughs) Simple things like that. At home, my small sister [[Akinyi|PERSON]], she's in Form Three, she uses it too much, my mum complains. My mum, she sells mitumba at [[Gikomba|CITY]], she asked me to ask [[ChatGPT|AI_PRODUCT]] what price to sell jackets during [[July|GENERIC_TIME]] when it's cold. It said something, she laughed, she said the machine has never been to [[Gikomba|CITY]]. (laughs) But she liked that it could write a poster in Swahili, "Jaketi safi, bei poa."

AI: If you could change one thing about these tools for riders like you, what would it be?

User: Eh, I wish the apps like [[Glovo|ORGANIZATION]] explained why they give orders to some people and not others. Like, tell me, [[Bee|PERSON|nickname]], you got fewer orders because your rating is 4.6. And I wish the AI knew Sheng better. When I type "niko stage, customer amechelewa," sometimes it understands, sometimes it gives me poetry. (laughs)

AI: That's really helpful, [[Bee|PERSON|nickname]]. How can we contact you for the follow-up?

User: Call or [[WhatsApp|SOFTWARE]], it's [[zero seven two two, four five one, eight eight three|OBF_PHONE|said_aloud_in_parts]], sorry, let me say it slowly... yeah, that one. Email is [[brian.otieno.ouma@gmail.com|EMAIL_ADDRESS]], but I check it like once a week. And if it's for payment, you'll need my PIN, it's [[A014829367Q|NATIONAL_ID]]. Send on [[M-Pesa|SOFTWARE]], it's faster.""")

# 3 South Africa
T.append("""AI: Hello, thanks for doing this. Would you mind introducing yourself?

User: Sure, no problem. I'm [[Thandeka Mkhize|PERSON]], most people say [[Thandi|PERSON|nickname]]. I'm [[thirty-eight|AGE]], and I'm a [[qualified plumber|JOB_TITLE]], I run my own small company, [[Mkhize Plumbing and Geysers|ORGANIZATION]]. We're based in [[Pinetown|CITY]], but we cover the whole of [[Durban|CITY]], up to [[Umhlanga|CITY]], down to [[Amanzimtoti|CITY]]. It's me, two plumbers, and an apprentice. Women in plumbing, eish, people still look at me funny when I arrive with my toolbox, but that's another interview. (laughs)

AI: (laughs) Noted! Thanks, [[Thandi|PERSON|nickname]]. How do you use AI in the business?

User: Mostly for admin, because admin was killing me. I'd come home at seven after a burst geyser in [[Westville|CITY]] and still have to write quotes until midnight. Now I use [[ChatGPT|AI_PRODUCT]], I just voice-note the job to it while I'm driving back, like "replace 150 litre geyser, new drip tray, two vacuum breakers, labour four hours," and it writes the quote nicely. Then I check the prices myself, because the prices it gives are nonsense, sometimes in dollars. Then I put it into [[Xero|SOFTWARE]] and send it.

AI: Have there been times it got something wrong that mattered?

User: Ja, once. A client, Mrs [[Naidoo|PERSON]] in [[Reservoir Hills|CITY]], asked me about solar geysers, and I asked [[ChatGPT|AI_PRODUCT]] about the rebate from [[Eskom|ORGANIZATION]]. It told me about some rebate programme that ended years ago. I nearly promised her money that doesn't exist. Luckily [[my apprentice|GENERIC_ROLE]] [[Lwazi|PERSON]] said, "Sisi, I don't think that's still running," and we checked the municipality website. So now I tell everyone, anything about the law or money, you check. The compliance certificates, the COC, that stuff I do myself, never AI.

AI: What about the other plumbers in your team?

User: [[Sbu|PERSON|nickname]], that's [[Sibusiso Zulu|PERSON]], my senior guy, he's old school. He says, "I've been fixing pipes since before your phone was born." But he uses [[Google Lens|AI_PRODUCT]] now, to identify old fittings, you point the phone at a weird valve in a 1970s house in [[Berea|CITY]] and it tells you the brand. He likes that. And [[Precious|PERSON]], our other plumber, she uses it to translate. Some clients speak only Afrikaans, or some of the aunties in [[Chatsworth|CITY]] speak a bit of Tamil mixed in, she uses it to understand the messages. So that's three women plumbers, including me! (laughs) I trained [[Precious|PERSON]] through the [[merSETA|ORGANIZATION]] learnership. I'm proud of that. I did my own trade test in [[2014|DATE]] at [[Umfolozi TVET College|SCHOOL]], and I remember there were two women in the whole class.

AI: Are there any worries you have about AI?

User: Load shedding is my worry, not AI! (laughs) No, seriously, I worry that clients will use it to check my prices and then argue. One man in [[Hillcrest|CITY]] showed me his phone, "[[ChatGPT|AI_PRODUCT]] says this job should cost R2,000," and I said, "Then let [[ChatGPT|AI_PRODUCT]] come and fix your geyser, my bru." (laughs) We sorted it out. Also I worry about scammers using AI voices. My gogo got a call that sounded like my cousin [[Nomvula|PERSON]] asking for money. Scary. At home, my son [[Lindani|PERSON]], he's in Grade 10, he uses it for maths, and I use it to plan his soccer lifts and my mother's clinic days, because I'm always running. [[Siya Kolisi|PUBLIC_FIGURE]] quotes, motivation, my son loves those, he asks it for them before matches.

AI: Thank you so much, [[Thandi|PERSON|nickname]]. This has been really useful. How can we reach you?

User: Pleasure. Email is [[thandi[at]mkhizeplumbing[dot]co[dot]za|OBF_EMAIL|bracket_at_dot]], I write it like that on my bakkie so the spam doesn't find me. Cell is [[082 555 0193|PHONE_NUMBER]]. Our yard is at [[Unit 4, 17 Old Main Road|ADDRESS]], [[Pinetown|CITY]], if you want to courier anything. And our PIRB registration is [[PIRB 102558|NATIONAL_ID]], if you need it for the vendor form.""")

# 4 Morocco
T.append("""AI: Bonjour, and thank you for joining. Could you tell me a bit about yourself and your work?

User: Bonjour, with pleasure. My name is [[Youssef El Amrani|PERSON]], I am [[thirty-five|AGE]] years old, and I am the [[gérant|JOB_TITLE]], the manager, of [[Riad Dar Zitoune|ORGANIZATION]], a small guesthouse, nine rooms, in the medina of [[Marrakech|CITY]], near [[Mouassine|CITY]]. The owner is French, Madame [[Claire Dubois|PERSON]], she lives in [[Lyon|CITY]] and comes maybe three times a year. So day to day, everything is me: [[the guests|GENERIC_ROLE]], [[the staff|GENERIC_ROLE]], the bookings, the plumber, the problems. (laughs) Before this I studied hotel management at [[ISTAH|SCHOOL]] in [[Agadir|CITY]].

AI: Thank you, [[Youssef|PERSON]]. How do you use AI in running the riad?

User: The biggest thing is reviews and messages. We have guests from everywhere, German, Spanish, Korean, Brazilian. On [[Booking.com|SOFTWARE]] and [[Airbnb|SOFTWARE]] they write in their language, and I must answer fast, because the algorithm likes fast answers. So I use [[ChatGPT|AI_PRODUCT]] and sometimes [[DeepL|SOFTWARE]]. I write in French what I want to say, and I ask it to make it warm but professional in German. For example, a guest, Herr [[Schneider|PERSON]], he wrote a long review that the hammam was too hot and the call to prayer woke him up. Wakha, what can I do about the call to prayer? (laughs) But the AI helped me write a kind answer, with humour, and he replied thank you. The owner knows, bien sûr. Madame [[Dubois|PERSON]] actually likes it, because before my English was okay but my German zero. She checks the reviews from [[Lyon|CITY]]. Sometimes she says, "[[Youssef|PERSON]], this sounds like a robot," and then I rewrite a bit. The trick I learned is to tell it "write like a Moroccan host, simple, not too perfect." Then it puts "inshallah we will see you again" and guests love that.

AI: What about [[the staff|GENERIC_ROLE]], do they use it?

User: Our cook, Lalla [[Fatima|PERSON]], she is like my second mother, she doesn't read much, but she asked me to use it for recipes for guests who are vegan or gluten-free. She knows tagine better than any machine, but "gluten-free couscous", she never heard of this. So I ask the AI, and she decides. And [[Hicham|PERSON]], our driver, he uses [[Google Translate|SOFTWARE]] with the camera to read the flight numbers and names of guests on his phone, and he asks [[ChatGPT|AI_PRODUCT]] things like "what to say to Chinese guests to welcome them."

AI: Have you had any problems with it?

User: Oui, once it was bad. A guest asked on [[WhatsApp|SOFTWARE]] about the road to [[Imlil|CITY]] in [[winter|GENERIC_TIME]], and I asked the AI and it told me the road was fine, and I sent it without checking. But there was snow, and the road was closed near [[Asni|CITY]]. The guest was stuck for three hours. Since then I call my cousin [[Abdelilah|PERSON]], who is a mountain guide there, for anything about the mountains. The machine doesn't know our mountains.

AI: What information do you avoid putting into it?

User: Passports. The guests send photos of passport for the police form, the fiche de police, and I never put that in any AI. Also [[the owner|GENERIC_ROLE]]'s finances. I keep the accounting in [[Excel|SOFTWARE]] and [[the accountant|GENERIC_ROLE]], Si [[Mohamed Tazi|PERSON]] in [[Gueliz|CITY]], does the declarations. Our ICE number and all that, it is for him. At home, my wife [[Salma|PERSON]] is a teacher, she uses it more than me, for lesson ideas. My son is four, he talks to the [[Gemini|AI_PRODUCT]] on her phone in Darija and it answers in Arabic fusha, so he is confused. (laughs) And I use it for football arguments. When [[Hakim Ziyech|PUBLIC_FIGURE]] was in the team in the World Cup in [[Qatar|COUNTRY]], I asked it statistics to win an argument with my brother.

AI: (laughs) Thank you, [[Youssef|PERSON]], this has been wonderful. How can we reach you for follow-up?

User: Avec plaisir. My email, I will say it like I say to guests on the phone: [[youssef point elamrani arobase gmail point com|OBF_EMAIL|other_language_words]]. Phone is [[+212 661 23 45 87|PHONE_NUMBER]], also [[WhatsApp|SOFTWARE]]. If you need the riad details for an invoice, the ICE is [[001526384000057|NATIONAL_ID]]. And if you come to [[Marrakech|CITY]], you have a room, inshallah.""")

# 5 Egypt
T.append("""AI: Good morning, and thank you for your time. Could you start by introducing yourself?

User: Good morning, ahlan. I am [[Mahmoud Abdel-Rahman Farouk|PERSON]], I am [[forty-nine|AGE]] years. My job in Arabic we say [[mokhalles gomroky|JOB_TITLE]], customs clearance broker. I have a small office, [[Farouk Shipping and Clearance|ORGANIZATION]], near the port in [[El Mansheya|CITY]], in [[Alexandria|CITY]]. We are four people. We clear containers for importers: spare parts, textiles, some food. I have been in this work since [[1998|DATE]], I started as a runner for my uncle, Hagg [[Ibrahim|PERSON]], God rest his soul.

AI: Thank you, [[Mahmoud|PERSON]]. How does AI fit into customs clearance work?

User: Honestly, at first I thought, this is for young people. But my son [[Omar|PERSON]], he is studying commerce at [[Alexandria University|SCHOOL]], he showed me [[ChatGPT|AI_PRODUCT]] in [[2023|DATE]]. The main use for me now is the HS codes, the tariff classification. A client sends me an invoice from [[China|COUNTRY]], "plastic parts for machine," very vague. I ask the AI, what is the likely HS code for this, with the description, and it gives me options and explains. Then I check in the official tariff book. It saves time, but I never trust it one hundred percent, because if the code is wrong, the duty is wrong, and [[the customs officer|GENERIC_ROLE]] will make my life black. And it gives wrong codes, many times. (laughs) It is confident, this machine, like some young employees. Once it gave a code for brake pads that was from the European system, not ours. Thank God my assistant, Ustaza [[Nermeen|PERSON]], [[Nermeen Saad|PERSON]], she has twenty years experience, she looked and said, "Ya Basha [[Mahmoud|PERSON]], this is not ours." She is the real AI in the office. (laughs)

AI: What other tasks do you use it for?

User: Writing letters in English to shipping lines. For example when there is a demurrage dispute with [[Maersk|ORGANIZATION]], I write what I want in Arabic and ask it to make a formal English letter. My contact there, Eng. [[Karim Hafez|PERSON]], once told me my English has become very good. (laughs) I didn't tell him. Also the new [[Nafeza|SOFTWARE]] platform, the ACI system, it has many procedures, and I ask the AI to explain the steps for the advance cargo information, in simple Arabic. Sometimes it explains old rules, so again, I check.

AI: Do your clients know you use AI?

User: Some. One importer, Hagg [[Sayed Mansour|PERSON]], he imports auto parts from [[Turkey|COUNTRY]], he is old school, he would not like it, so I don't tell him. (laughs) The young clients, they use it themselves and then they argue with me. "[[ChatGPT|AI_PRODUCT]] said the duty is five percent." Ya habibi, [[ChatGPT|AI_PRODUCT]] doesn't sit with [[the customs officer|GENERIC_ROLE]] in [[Dekheila|CITY]] port.

AI: What kind of information do you avoid putting in?

User: The client names, the tax card numbers, the invoice values. Competition is strong in [[Alexandria|CITY]]. If one broker knows who imports what, at what price, he will steal the client. So I remove the names and write "Company X." My own tax card, the betaqa daribeya, I would never put. I learned also from a [[WhatsApp|SOFTWARE]] message, a fake "customs release" PDF that looked very real, made with AI maybe. Scammers now are professionals. At home, my daughter [[Habiba|PERSON]] uses it for English homework, my wife [[Rasha|PERSON]] uses it for recipes when she wants to try something new for [[Ramadan|GENERIC_TIME]]. I use it to understand the news about the dollar and the pound, but it doesn't know the latest. And sometimes I ask it about [[Mohamed Salah|PUBLIC_FIGURE]], of course. (laughs)

AI: Thank you so much, [[Mahmoud|PERSON]]. How can we reach you later?

User: You are welcome. My mobile and [[WhatsApp|SOFTWARE]], I will write it as we write: [[٠١٠٠ ٢٣٤ ٨٧٦١|OBF_PHONE|arabic_indic_digits]]. If you cannot read, it is zero one zero zero, and so on, ask [[Omar|PERSON]]. (laughs) Email: [[m.farouk.clearance@yahoo.com|EMAIL_ADDRESS]]. For the official paper, our tax registration is [[518-604-271|NATIONAL_ID]]. The office is [[22 Salah Salem Street|ADDRESS]], [[El Mansheya|CITY]], second floor, next to the bank.""")

# 6 India
T.append("""AI: Namaste, and thank you for speaking with me. Could you tell me about yourself and your shop?

User: Namaskar. I am [[Sunita Patil|PERSON]], [[fifty-two|AGE]] years. I run [[Patil General Stores|ORGANIZATION]], a kirana shop in [[Kothrud|CITY]], [[Pune|CITY]]. My father-in-law started it in [[1987|DATE]], and after he passed, I took over. My husband [[Vijay|PERSON]] was working at [[Bajaj Auto|ORGANIZATION]], now he is retired and sits at the counter in the evening, but the real [[malkin|JOB_TITLE]] is me. (laughs) We sell everything, rice, dal, oil, soap, Parle-G, and now people order on [[WhatsApp|SOFTWARE]] and my boy delivers on cycle.

AI: Thank you, [[Sunita|PERSON]]-ji. How did you start using AI?

User: My daughter-in-law [[Snehal|PERSON]], she is very smart, she did MBA from [[Symbiosis|SCHOOL]]. One day she saw me writing the stock list in the notebook at eleven at night, and she said, "Aai, why are you doing this?" She put [[ChatGPT|AI_PRODUCT]] on my phone and showed me I can speak in Marathi and it understands. Now in the morning I just say, "Toor dal 30 kilo left, sugar 50, [[Diwali|GENERIC_TIME]] is coming, what should I order?" and it makes a list. Not perfect, but it reminds me of things I forget. Like last [[Diwali|GENERIC_TIME]] it said, order more dry fruits and diyas, and I had forgotten diyas completely!

AI: How does the ordering work with your suppliers?

User: My main wholesaler is [[Mehul Shah|PERSON]] in [[Market Yard|CITY]], we call him [[Shah|PERSON]]-ji. He takes orders on [[WhatsApp|SOFTWARE]]. So the AI list I send straight to him. He also joked, "[[Sunita|PERSON]]-tai, your English has become like a company." Because I ask the AI to make it neat. And for udhaar, the credit, I use [[Khatabook|SOFTWARE]]. Many customers take on credit and pay at month end. The app sends reminders. Earlier I felt shy to ask, now the app asks. (laughs) But it gets prices wrong. Completely. It doesn't know [[Pune|CITY]] prices, it gives some old rate. Once my helper [[Ganesh|PERSON]] asked it the MRP of some biscuit and it said some wrong number, and a customer argued. I told [[Ganesh|PERSON]], for price, look at the packet, not the phone! And also it doesn't understand [[our customers|GENERIC_ROLE]]. Like [[Kulkarni|PERSON]] aaji, she is eighty, she takes exactly 250 grams sugar every [[Tuesday|GENERIC_TIME]]. No AI can know that, only I know. (laughs)

AI: Do you use any other tools, like payments or online orders?

User: [[PhonePe|SOFTWARE]] and [[Google Pay|SOFTWARE]], the QR code is stuck on the counter. [[Snehal|PERSON]] also registered us on [[ONDC|ORGANIZATION]], for online orders, but honestly not many orders come from there. The big ones, [[Blinkit|ORGANIZATION]], [[Zepto|ORGANIZATION]], they are eating our business. Ten-minute delivery! So I asked the AI, how can a small shop fight [[Blinkit|ORGANIZATION]]? It said, personal service, loyalty, home delivery, [[WhatsApp|SOFTWARE]] catalogue. Which I already do. (laughs) But it made me feel confident, that what I do is correct. At home, my son [[Aniket|PERSON]] works at [[Infosys|ORGANIZATION]] in [[Hinjewadi|CITY]], he uses all these AI things for his office, [[Copilot|AI_PRODUCT]] and all. My granddaughter [[Mira|PERSON]] is six, she asks it stories about [[Shivaji Maharaj|PUBLIC_FIGURE]]. And I use it for health, my sugar is high, so I ask what to eat. But I also go to Dr. [[Joshi|PERSON]], don't worry. (laughs)

AI: Is there anything you're careful about sharing?

User: Customer names and phone numbers, I don't put in [[ChatGPT|AI_PRODUCT]]. [[Khatabook|SOFTWARE]] has them already, that's enough. Also the shop's GST details, [[Snehal|PERSON]] handles all that with the CA, Mr. [[Deshpande|PERSON]]. I don't want some robot knowing our turnover. In our society, if people know your turnover, they ask for donation for Ganpati mandal! (laughs)

AI: (laughs) Thank you so much, [[Sunita|PERSON]]-ji. How can we reach you for a follow-up?

User: Call on the shop number, I will tell it like I tell customers: [[double nine, double two, three, zero, four, seven, one, eight|OBF_PHONE|said_aloud_double]]. That is [[WhatsApp|SOFTWARE]] also. Or ask [[Snehal|PERSON]], her email is [[snehal.patil.kothrud@gmail.com|EMAIL_ADDRESS]]. Shop is at [[Shop No. 3, Karve Road|ADDRESS]], opposite the bank, [[Kothrud|CITY]]. For bills, our GSTIN is [[27AKVPP4821K1Z3|NATIONAL_ID]].""")

# 7 Pakistan
T.append("""AI: Assalam-o-alaikum, thanks for joining. Could you introduce yourself?

User: Walaikum assalam. Jee, I am [[Muhammad Bilal Qureshi|PERSON]], everybody says [[Bilal|PERSON]]. I am [[31|AGE]]. I am an electrician originally, now I am a [[solar installation technician|JOB_TITLE]], I have my own small business with my cousin, [[Qureshi Solar and Electric|ORGANIZATION]], in [[Johar Town|CITY]], [[Lahore|CITY]]. Since the electricity bills went crazy, everybody wants solar, so we are very busy, mashallah. Three teams, nine boys working with us.

AI: Thanks, [[Bilal|PERSON]]. Where does AI come into your work?

User: Yaar, mostly for calculations and for convincing customers. (laughs) When a customer calls, they send me a photo of their [[LESCO|ORGANIZATION]] bill. I remove the name and reference number, and I ask [[ChatGPT|AI_PRODUCT]], this house uses so many units in [[June|GENERIC_TIME]] and so many in [[January|GENERIC_TIME]], what size system, how many panels, what inverter. It gives a rough answer, then I do my own calculation because I know the roofs, the shade, the dust. Then I ask it to make a nice proposal in English and Urdu, with payback period. Customers like a proper document, it looks professional.

AI: Who else in the business uses it?

User: My cousin [[Usman|PERSON]], he is my partner, he handles the purchasing from [[Hall Road|CITY]], he uses it to compare inverter specs, Chinese brands, you know, every week a new brand. And our youngest boy, [[Shani|PERSON|nickname]], his real name is [[Zeeshan|PERSON]], he makes our [[TikTok|SOFTWARE]] videos with [[CapCut|SOFTWARE]], the AI captions and all. Those videos bring many customers, honestly more than [[Facebook|SOFTWARE]] now. [[Last month|GENERIC_TIME]] one video of a rooftop in [[Model Town|CITY]], forty panels, it got two lakh views, and the phone did not stop ringing for a week. [[Zeeshan|PERSON]] asked the AI to write the hooks, like "Bijli ka bill zero?" and people love that. I tell him, don't promise zero, promise less. (laughs)

AI: Has the AI ever caused you trouble?

User: One time, yes. It told me a net metering rule that was old. I told a customer, Chaudhry [[Arshad|PERSON]] sahib in [[DHA|CITY]], that he will get a certain rate for the units he sells back, and then the government changed the policy and the AI didn't know. He called me, very angry, "[[Bilal|PERSON]], you said this!" I had to go personally, drink three cups of chai, and explain. (laughs) Now I always say, "Sir, policy can change, check with [[LESCO|ORGANIZATION]]." About wiring safety I ask it sometimes, for the international standards, earthing, DC cable sizes. But honestly our ustad, my father, [[Abba ji|GENERIC_ROLE]], he taught me more than any machine. He was an electrician in [[WAPDA|ORGANIZATION]] for thirty years. When I show him the AI answer, he reads with his glasses and says, "Theek hai, but in [[Lahore|CITY]] in [[July|GENERIC_TIME]] the roof is 70 degrees, the machine forgets that." (laughs) He is right.

AI: What information do you avoid sharing?

User: The customer bill details, their CNIC, their address, I remove. My own CNIC of course. There are many scams now, people pretending to be from the bank with AI voice. My sister, Baji [[Sadia|PERSON]], got a call that sounded exactly like her son asking for money on [[JazzCash|SOFTWARE]]. Thankfully she called back first. At home, my wife [[Hira|PERSON]] uses it for recipes and for the kids' homework. My daughter [[Anaya|PERSON]] is in class two at [[Beaconhouse|SCHOOL]], she asks it about cricket, she is a big fan of [[Babar Azam|PUBLIC_FIGURE]]. And I use it for English emails to a Chinese supplier, because their English and my English, together, is a disaster. (laughs)

AI: (laughs) Thank you, [[Bilal|PERSON]], this was great. How can we contact you?

User: Jee, email is [[bilal.qureshi​@outlook.com|OBF_EMAIL|zero_width_space]], and our [[Facebook|SOFTWARE]] page is [[facebook.com/qureshisolarlhr|URL]], we reply there fast. Phone is [[0300 481 6627|PHONE_NUMBER]]. For the invoice our NTN is [[4187263-5|NATIONAL_ID]]. Office is in [[Johar Town|CITY]], near Expo Centre, just ask anyone for [[Qureshi Solar|ORGANIZATION|org_nickname]].""")

# 8 Sri Lanka
T.append("""AI: Ayubowan, and thanks for joining. Could you tell me about yourself?

User: Ayubowan! I am [[Nirmala Wickramasinghe|PERSON]], [[forty-six|AGE]] years old. With my husband I run a small homestay, [[Hill Breeze Homestay|ORGANIZATION]], in [[Ella|CITY]], in [[Badulla|CITY]] district. Six rooms, with a view of the mountains and the tea estates, and I do the cooking also, rice and curry, string hoppers for breakfast. On the documents I am the [[proprietor|JOB_TITLE]], but really I am cook, cleaner, receptionist, everything. (laughs) My husband [[Saman|PERSON]] drives the tuk-tuk and takes guests to Nine Arch Bridge.

AI: Thank you, [[Nirmala|PERSON]]. How did you start using AI?

User: After COVID, aney, we had no guests for almost two years. Then when tourists came back, everything was online. My son [[Kasun|PERSON]] is studying engineering at [[University of Peradeniya|SCHOOL]], he came home and said, "Amma, you must answer the reviews, otherwise [[Booking.com|SOFTWARE]] will push you down." So he showed me [[ChatGPT|AI_PRODUCT]]. Now when a guest writes a review, I paste it and say, "reply kindly, thank them, mention our garden." It's very good. Especially for the bad reviews. One man wrote the hot water was not working, which is true, the heater was broken. I was angry, but the AI helped me write calmly.

AI: Do you use it for anything besides reviews?

User: Many things. Menus for guests with allergies, I ask it what to avoid. Explaining our food in English, like what is kiribath, what is pol sambol. Also I ask it to write the messages about the train, because every guest asks about the [[Kandy|CITY]] to [[Ella|CITY]] train, the tickets, the blue train. Guests love that train. And I made a small guide with [[Canva|SOFTWARE]], [[Kasun|PERSON]] helped, with AI pictures. Our cook helper, [[Kumari|PERSON]] akka, she laughed at the AI picture of a hopper, she said that is not a hopper, that is a hat. (laughs) Other mistakes also. Once a guest asked for a good doctor nearby, and the AI gave a name of a hospital that doesn't exist in [[Ella|CITY]]. Can you imagine? So now for anything local, I ask my neighbour [[Pradeep|PERSON]], who is a [[three-wheel driver|JOB_TITLE]], or I call the [[Badulla General Hospital|ORGANIZATION]] directly. Local knowledge, machine can't. Also the weather. Guests ask, will it rain tomorrow for the Little Adam's Peak hike, and the AI gives some general answer. [[Saman|PERSON]] just looks at the sky over the tea estate and tells them, and he is right more than the app! (laughs) Still, for writing and for explaining, it saves me maybe one hour every day, and that hour I give to the garden or to my own rest.

AI: What about other booking platforms or apps?

User: [[Agoda|SOFTWARE]] and [[Airbnb|SOFTWARE]] also. And [[PickMe|SOFTWARE]] for taxis in [[Colombo|CITY]] when guests arrive at the airport. Payments, some guests pay by card on [[Booking.com|SOFTWARE]], some cash. The bank, [[Sampath Bank|ORGANIZATION]], has an app, but I don't use AI for money matters. My sister-in-law [[Dilani|PERSON]] in [[Kandy|CITY]] is an accountant, she does the tax for us.

AI: Is there anything you avoid putting into [[ChatGPT|AI_PRODUCT]]?

User: Guest passports. I have to keep copies for the police registration, but never in any AI. Also, I don't put our real names in the review replies, just "the [[Hill Breeze|ORGANIZATION|org_nickname]] family". Somebody told me there are people who make fake listings using photos of real homestays. That happened to a friend in [[Haputale|CITY]]. Somebody copied her whole listing, took advance money from tourists. Very sad.

AI: That's awful. Thank you so much, [[Nirmala|PERSON]]. How can we reach you?

User: Our email is [[hillbreeze.ella@gmail.com|EMAIL_ADDRESS]]. The phone, write it like this, [[077.345.6218|OBF_PHONE|dotted_digits]], that's [[WhatsApp|SOFTWARE]] also. And if you need my NIC for the payment form, it is [[197658301245|NATIONAL_ID]]. And please come to [[Ella|CITY]], I will make you my special dhal curry!""")

# 9 Philippines
T.append("""AI: Hi, good morning! Thank you for joining. Could you introduce yourself?

User: Good morning po! I'm [[Maria Lourdes Villanueva|PERSON]], but just call me [[Malou|PERSON|nickname]], everybody does. I'm [[thirty-nine|AGE]]. I'm the [[owner and head baker|JOB_TITLE]] of [[Malou's Bakeshop|ORGANIZATION]] here in [[Mandaue City|CITY]], [[Cebu|CITY]]. We make pandesal, ensaymada, ube cheese pandesal, and custom cakes for birthdays, debuts, weddings. I started in our garage in [[2017|DATE]], and now we have a small shop beside the barangay hall with five staff.

AI: Thanks, [[Malou|PERSON|nickname]]! How do you use AI in the bakeshop?

User: Ay, grabe, everyday na. First, for our [[Facebook|SOFTWARE]] page. Every post, I ask [[ChatGPT|AI_PRODUCT]] to make it "Bisaya-English, funny, for moms." Like for Mother's Day, it wrote, "Para sa nanay nga dili mapugngan, cake nga lami kaayo!" Not perfect Bisaya, [[my staff|GENERIC_ROLE]] laughed, but I fixed it. Second, costing. The price of flour and sugar here keeps going up, so I give it my recipe and the new prices, and ask, how much per pack of pandesal should I charge to still have profit? It computes quickly. Before, my husband [[Rodel|PERSON]] did that, but he's an OFW in [[Dubai|CITY]] now, so I'm alone.

AI: Who else on your team uses it?

User: My cashier, [[Grace|PERSON]], she's the techy one. She uses it to answer the messages on [[Messenger|SOFTWARE]] when I'm busy baking at four in the morning. Customers ask the same questions, "Ma'am, available pa ang ube cake?" "Pwede ba delivery sa [[Lapu-Lapu|CITY]]?" So she made some ready answers with AI help. Some suki customers message her directly, like "[[grace|PERSON]] ingna si [[malou|PERSON]] pa-reserve ko 2 ka ube cake for [[sunday|GENERIC_TIME]]," and she copies that to the AI to make the order summary. And our baker, Kuya [[Jun-Jun|PERSON|nickname]], [[Junrey Tan|PERSON]], he doesn't use it, but he's curious. I once asked the AI to suggest a new flavour, it said "calamansi and malunggay bread" and Kuya [[Jun-Jun|PERSON|nickname]] said, "Ma'am, kinsa man mopalit ana?" Who will buy that? (laughs) We tried it anyway. Hindi masyado. Not a bestseller. But the AI was very useful when we did our first big wedding cake order, three hundred guests, for a couple from [[Talisay|CITY]]. I asked it to help me plan the timeline, what to bake on which day, how many eggs, how many trays, and it made a table. I printed it and put it on the wall. We finished one day early! Kuya [[Jun-Jun|PERSON|nickname]] said the AI is now our supervisor. (laughs)

AI: What other apps do you use?

User: [[GCash|SOFTWARE]] for payments, [[Foodpanda|ORGANIZATION]] and [[GrabFood|ORGANIZATION]] for delivery, and [[Canva|SOFTWARE]] for cake designs. Sometimes customers send a picture from [[Pinterest|SOFTWARE]] and ask if we can make it. I ask the AI to describe how to do the fondant flowers, then I watch [[YouTube|SOFTWARE]] too. My daughter [[Andrea|PERSON]], she's in Grade 8 at [[University of San Carlos|SCHOOL]] basic ed, she makes the AI-generated pictures for the cake menu. Sometimes the cakes look too perfect, and customers ask, "Ma'am, mao jud na?" Is that really it? So now we use real photos only. Honesty. My biggest worry is scams. Someone used AI to make a fake page, "[[Malous Bakeshop|ORGANIZATION|misspelled_copy]] [[Cebu|CITY]]," with our photos, and they took downpayments for cakes. Three customers came to the shop angry. We reported to [[Facebook|SOFTWARE]] and to the [[PNP|ORGANIZATION]]. Now we tell everyone, our only page has the blue check. Also, I don't put customer info in [[ChatGPT|AI_PRODUCT]], like their names and addresses for delivery.

AI: That must have been stressful. And at home, do you use AI?

User: Yes, for my kids' assignments, and for video calls with [[Rodel|PERSON]], he uses it to translate Arabic at work. And my mother, Lola [[Cora|PERSON]], she asks me to ask the AI about her blood pressure medicine. (laughs) I tell her, Ma, ask [[your doctor|GENERIC_ROLE]] also!

AI: Thank you so much, [[Malou|PERSON|nickname]]. How can we contact you for a follow-up?

User: Email me at [[malou dot villanueva at yahoo dot com|OBF_EMAIL|spelled_at_dot]], or text or call [[0917 823 4410|PHONE_NUMBER]]. Our FB page is [[facebook.com/maloubakeshopmandaue|URL]], the one with the blue check ha. And for official receipts, the BIR TIN is [[318-472-905-000|NATIONAL_ID]]. Salamat kaayo!""")

# 10 Vietnam
T.append("""AI: Xin chào, and thanks for joining. Could you tell me a bit about yourself?

User: Xin chào! My name is [[Nguyễn Văn Hùng|PERSON]], you can call me [[Hùng|PERSON]]. I am [[33|AGE]]. I am a [[tài xế Grab|JOB_TITLE]], a [[Grab|ORGANIZATION]] driver, motorbike, in [[Ho Chi Minh City|CITY]], mostly [[District 1|CITY]] and [[District 7|CITY]], sometimes [[Thủ Đức|CITY]]. I do GrabBike passengers in the morning, [[GrabFood|ORGANIZATION]] at lunch and evening. My wife [[Lan|PERSON]] has a bánh mì stall in [[Gò Vấp|CITY]] where we live, so I also help her with buying bread early morning. Very busy life. (laughs)

AI: Thanks, [[Hùng|PERSON]]. How do you use AI in your work?

User: For English, mostly. Many tourists in [[District 1|CITY]], and foreigners who live in [[District 7|CITY]], Korean, American, Australian. Before, I only said "okay, okay." Now I use [[ChatGPT|AI_PRODUCT]] and [[Google Translate|SOFTWARE]]. When a customer message in the [[Grab|ORGANIZATION]] app says something difficult, I copy and ask [[ChatGPT|AI_PRODUCT]], "what does this mean, answer me in Vietnamese." And when I want to say something like, "the road is flooded, I go another way, maybe ten minutes longer," I ask it to make short polite English. Tourists like it. My rating went up, I think, 4.9 now.

AI: That's great. Do you think the [[Grab|ORGANIZATION]] app itself uses AI?

User: Yes, for sure. The price, the surge, which driver gets the order. Sometimes it's strange, I am right in front of the restaurant and the order goes to someone far away. My friend anh [[Tuấn|PERSON]], he has driven for [[Grab|ORGANIZATION]] longer, he says the app likes drivers who accept everything. He taught me many tricks. Also I use [[Google Maps|SOFTWARE]] with the voice, because the [[Grab|ORGANIZATION]] map sometimes sends me into a small hẻm, an alley, so narrow that only one motorbike can pass. In the [[rainy season|GENERIC_TIME]], from [[May|GENERIC_TIME]] to [[October|GENERIC_TIME]], the streets flood in twenty minutes, so then I trust [[the drivers|GENERIC_ROLE]] group more than any AI. We have a [[Zalo|SOFTWARE]] group of drivers, maybe two hundred people, we share where police are checking, where there's flooding, and sometimes someone asks [[ChatGPT|AI_PRODUCT]] about new rules and shares it in the group.

AI: Does your wife use AI for her stall?

User: Yes! [[Lan|PERSON]] asked me to make a sign in English and Korean for her bánh mì, because many Korean people live near, and [[ChatGPT|AI_PRODUCT]] wrote it. Also we ask it for prices, how to calculate when pâté and pork price go up. And she started selling on [[ShopeeFood|ORGANIZATION]], so the AI helped write the menu description. She says, "Anh, the machine writes better than you." (laughs) Her mother, my mother-in-law, bà [[Sáu|PERSON|nickname]], she doesn't trust it at all. She thinks it listens to us.

AI: Is that something you worry about too?

User: A little. I don't put my ID number or bank account in it. Some drivers got scam messages, pretend to be from [[Grab|ORGANIZATION]], "update your account," and they lost money. Also people make fake videos with AI now, I saw one of [[Sơn Tùng M-TP|PUBLIC_FIGURE]] selling some investment, totally fake. So I am careful. But for English and small things, I think it's okay. At home, my daughter, bé [[Na|PERSON|nickname]], she is five, she talks to the AI on [[Lan|PERSON]]'s phone, asks it to tell stories about Tấm Cám. And my younger brother [[Phúc|PERSON]] studies IT at [[Bách Khoa|SCHOOL|org_nickname]], the Polytechnic university, he says in a few years, [[Grab|ORGANIZATION]] will have cars with no driver, and I will need a new job. (laughs) I told him, in [[Saigon|CITY]] traffic? Never!

AI: (laughs) Thank you so much, [[Hùng|PERSON]]. How can we contact you?

User: [[Zalo|SOFTWARE]] is easiest, my number, I write it like the phone shows: [[０９０３ ４５６ ７８２|OBF_PHONE|fullwidth_digits]]. Email is [[hung.nguyen.grab88@gmail.com|EMAIL_ADDRESS]]. If you need tax code for [[Lan|PERSON]]'s shop for payment, it is [[0316254879|NATIONAL_ID]]. Cảm ơn nhiều!""")

# 11 Indonesia
T.append("""AI: Selamat siang, and thank you for joining. Could you introduce yourself?

User: Selamat siang, Mas, eh, sorry, I call everyone Mas. (laughs) My name is [[Dewi Rahmawati|PERSON]], I'm [[29|AGE]]. I'm the [[founder|JOB_TITLE]] of [[Batik Kinanti|ORGANIZATION]], we sell hand-drawn batik tulis and cap, mostly online, from [[Yogyakarta|CITY]], from our small workshop in [[Prawirotaman|CITY]]. It started as my mother's business, Ibu [[Sri|PERSON]], she has been making batik since she was a girl in [[Imogiri|CITY]]. I joined after I graduated from [[UGM|SCHOOL]] in [[2018|DATE]], I studied communication, so I took the online side.

AI: Thank you, [[Dewi|PERSON]]. How do you use AI in the business?

User: A lot, ya. The biggest is product descriptions. We have maybe three hundred motifs, and every one needs a description on [[Tokopedia|SOFTWARE]], [[Shopee|SOFTWARE]], and [[TikTok Shop|SOFTWARE]], in Indonesian and English. So I give [[ChatGPT|AI_PRODUCT]] the name of the motif, like parang, kawung, truntum, the colours, the fabric, and it writes. But I must check carefully, because sometimes it says wrong meaning of the motif. Like it said truntum is for funerals, padahal truntum is for weddings, it's about love that grows again. My mother almost fainted. (laughs) So now I write the philosophy myself, the AI only does the format and SEO words.

AI: What does your mother think about AI?

User: Ibu [[Sri|PERSON]] is funny. She says, "Nduk, the machine can write, but can it hold a canting?" (laughs) The canting is the small pen for the wax. She is right, of course. Our main pembatik, the artisan, Pak [[Slamet|PERSON]], he has been with us twenty years, his hands are the real value. But she likes when I read her the customer reviews translated, especially from [[Japan|COUNTRY]] and [[Netherlands|COUNTRY]], she is very proud. And my cousin Mas [[Bayu|PERSON]] does our live selling on [[TikTok|SOFTWARE]], he uses AI to prepare the script, what to say for each kain, so the live doesn't get boring at eleven at night. Before Lebaran is our busiest time, everyone wants new batik for visiting family, so I ask the AI to help me plan the stock and the promo calendar, which motifs to push which week. [[Last year|GENERIC_TIME]] we sold almost double, alhamdulillah, and I think the planning helped, not only the luck.

AI: Are there challenges or mistakes you've run into?

User: Ya, the images. Some competitors now sell "batik" that is actually printing, and they use AI images to make it look handmade. Customers get confused, and we lose. Once someone even took our product photo and used AI to change the colours and sold it cheaper. I reported to [[Shopee|SOFTWARE]], took two weeks. Also I tried the AI image generator to design new motifs, but Ibu said it has no soul, and honestly, I agree. It was messy, like the lines had no direction. Since then I use AI only for words, not for the batik itself.

AI: How do you handle customer data and privacy?

User: I don't put customer names or addresses into [[ChatGPT|AI_PRODUCT]]. The marketplace already handles shipping with [[J&T Express|ORGANIZATION]] and [[SiCepat|ORGANIZATION]]. For the bookkeeping I use [[BukuWarung|SOFTWARE]], and my friend [[Rina|PERSON]] who works at a tax consultant in [[Sleman|CITY]] helps me with the NPWP and the annual report. I did ask the AI once to explain the UMKM tax rule, the 0.5 percent, and it explained it well, but [[Rina|PERSON]] said there was a change, so, again, check. At home, my little brother [[Dimas|PERSON]] uses it for his skripsi, I'm sure he copies too much. (laughs)

AI: (laughs) Thank you so much, [[Dewi|PERSON]]. How can we contact you?

User: Sama-sama! Email is [[dewi underscore kinanti at gmail dot com|OBF_EMAIL|spelled_at_dot]]. [[Instagram|SOFTWARE]] and [[TikTok|SOFTWARE]] [[@batikkinanti.jogja|SOCIAL_HANDLE]]. Workshop address is [[Jl. Prawirotaman II No. 12|ADDRESS]], [[Yogyakarta|CITY]], you can visit and try the canting yourself. And for invoice, our NPWP is [[09.254.294.3-541.000|NATIONAL_ID]]. Matur nuwun!""")

# 12 Japan
T.append("""AI: Konnichiwa, and thank you for taking the time. Could you introduce yourself?

User: Hai, konnichiwa. My name is [[Morimoto Takeshi|PERSON]], Japanese style, family name first. I am [[58|AGE]]. I am the [[taishō|JOB_TITLE]], owner and chef, of a small izakaya called [[Tonbo|ORGANIZATION]], it means dragonfly, in [[Tenma|CITY]], [[Kita-ku|CITY]], [[Osaka|CITY]]. Fourteen seats, counter only. My wife [[Keiko|PERSON]] does the drinks and the money, and we have one part-timer, [[Aoi|PERSON]]-chan, a student. My English is not so good, so sometimes I speak slowly, sorry.

AI: No problem at all, [[Morimoto|PERSON]]-san. How did AI come into your izakaya?

User: Honma ni, it was because of the inbound tourists. After the pandemic, suddenly many foreigners come to [[Tenma|CITY]], because of the [[Tenjinbashi|CITY]] shopping street, very long, and because of [[YouTube|SOFTWARE]]. They come in and look at my wooden menu boards, all in kanji, and they don't understand. So my son [[Daisuke|PERSON]], he works in [[Tokyo|CITY]] at [[Rakuten|ORGANIZATION]], he said, "Oyaji, use [[ChatGPT|AI_PRODUCT]]." He came home for [[Obon|GENERIC_TIME]] and set it up. I take a photo of my menu and it translates, and explains. For example "tonpei-yaki," it wrote "[[Osaka|CITY]]-style pork omelette with sauce and mayonnaise." Meccha good explanation. Now we have an English menu, laminated, with little pictures [[Aoi|PERSON]]-chan drew.

AI: Does [[Aoi|PERSON]]-chan use it as well?

User: Yes, she is a student at [[Kansai University|SCHOOL]], she uses AI every day, for reports and for English. When foreign customers ask about allergies, shellfish, nuts, she uses the voice translation on her phone, sometimes [[Google Translate|SOFTWARE]], sometimes [[ChatGPT|AI_PRODUCT]]. One time a customer from [[Australia|COUNTRY]] said he is vegetarian, and we realized almost everything has dashi, fish stock. Akan! So now we have one small vegetarian set, and the AI helped me think of it, kombu dashi, grilled vegetables, tofu. It sells well, actually, even to Japanese young women. [[Keiko|PERSON]] was surprised. She said, 'Anata, thirty years you never changed the menu, and now a computer changes it for you.' (laughs) Maybe she is right. I am old, but I can learn a little.

AI: What other tools or apps do you use?

User: For the register, [[Air Regi|SOFTWARE]], on an iPad. For reservations, [[Tabelog|SOFTWARE]] and [[Google Maps|SOFTWARE]] reviews. [[Keiko|PERSON]] reads the reviews, and foreigners write in English on [[Google|SOFTWARE]], so she uses [[LINE|SOFTWARE]]'s translation or [[ChatGPT|AI_PRODUCT]] to read and reply. Our regular, [[Yamada|PERSON]]-san, a salaryman from the [[Kansai Electric Power|ORGANIZATION]] office nearby, he laughs at us, he says, "Taishō, you are more high-tech than my company." (laughs) And for the new invoice system, the tax, [[my accountant|GENERIC_ROLE]], [[Fujii|PERSON]]-sensei, handles it. I did ask the AI to explain it in simple Japanese, because the official explanation was so difficult. It helped.

AI: Are there things you worry about, or don't use it for?

User: Recipes, I don't ask. My recipes, from my teacher in [[Sakai|CITY]], are mine. (laughs) Also customer information, I don't put. And honestly I worry a little that everything becomes the same. If every small shop uses AI for the menu, every menu sounds the same. So I ask the AI to keep my strange jokes, like "Taishō's angry chicken," it's just spicy karaage, not angry. Foreigners love that. And one more thing: sometimes it translates too politely, like a hotel. An izakaya is not a hotel, ne.

AI: Thank you so much, [[Morimoto|PERSON]]-san. How can we reach you for follow-up?

User: Phone of the shop is [[06-6351-4827|PHONE_NUMBER]], but we answer only after four o'clock, before that I am at the market. [[Instagram|SOFTWARE]] is [[@tenma_tonbo|SOCIAL_HANDLE]], [[Aoi|PERSON]]-chan checks it. Email is [[Keiko|PERSON]]'s, [[keiko.morimoto.tonbo@gmail.com|EMAIL_ADDRESS]]. For the receipt with the invoice number, it is [[T4120001198736|NATIONAL_ID]]. Please come and have a beer, okini!""")

# 13 South Korea
T.append("""AI: Annyeonghaseyo, thank you for making time during your busy schedule. Could you introduce yourself?

User: Ne, annyeonghaseyo. I'm [[Park Ji-hoon|PERSON]], [[41|AGE]] years old, Korean age maybe forty-two, it's confusing now. (laughs) I'm a [[taekbae gisa|JOB_TITLE]], a parcel delivery driver. I'm a contractor under [[CJ Logistics|ORGANIZATION]], the [[CJ Daehan Tongun|ORGANIZATION|transliterated_name]], at the terminal in [[Haeundae-gu|CITY]], [[Busan|CITY]]. Technically I'm self-employed, I have a business registration, my own truck, one ton Porter. I deliver maybe two hundred and fifty boxes a day, more before [[Chuseok|GENERIC_TIME]]. I've been doing this seven years, since my small jjigae restaurant in [[Seomyeon|CITY]] closed during COVID. Different life, but the pay is steady if your body is strong.

AI: Thank you, [[Ji-hoon|PERSON]]. How do you use AI in such a physical job?

User: Honestly, the job is mostly legs and back. (laughs) But AI helps with some things. First, the route. The company app already sorts the route, but I also use [[Naver Map|SOFTWARE]] and [[Kakao Navi|SOFTWARE]], both have AI traffic prediction. In [[Haeundae|CITY]] in [[summer|GENERIC_TIME]], near the beach, traffic is crazy. Second, customer messages. I send many messages on [[KakaoTalk|SOFTWARE]] like "your parcel is at the door." Some apartments have many foreigners, near the [[Centum City|CITY]] area, so I ask [[ChatGPT|AI_PRODUCT]] or Naver's [[Papago|SOFTWARE]] to translate to English or Russian. And when a customer complains, very angry, I sometimes ask [[CLOVA X|AI_PRODUCT]] how to answer politely, because when I'm tired, my words become rough. (laughs)

AI: Do your colleagues at the terminal use it too?

User: Some. Our team leader, [[Choi|PERSON]] timjangnim, he's older, he doesn't like it. But my hyung, [[Lee Dong-hyun|PERSON]], he's the one next to me on the sorting line, he uses [[ChatGPT|AI_PRODUCT]] to calculate his income and expenses, fuel, insurance, truck loan. Because we're contractors, the tax is complicated, the comprehensive income tax in [[May|GENERIC_TIME]]. He showed me, and now I do the same, I put the numbers, no names, and it tells me roughly what I can deduct. Then [[the tax accountant|GENERIC_ROLE]] checks. It saves money, because before I didn't know what to ask [[the accountant|GENERIC_ROLE]]. [[Last year|GENERIC_TIME]] I got back almost eight hundred thousand won more than the year before. For a [[taekbae gisa|JOB_TITLE]], that's a lot, that's new tyres for the truck.

AI: Have there been any problems or concerns?

User: One time [[ChatGPT|AI_PRODUCT]] gave me a wrong delivery rule. I asked about leaving parcels at apartment gates when the apartment doesn't allow trucks, you know that problem, and it said something about a law that doesn't exist in [[Korea|COUNTRY]], maybe it was from [[America|COUNTRY]]. So I trust the union more for that. I'm in the delivery workers' union, [[Taekbae Nodongjohap|ORGANIZATION|transliterated_name]], they give correct information. Also, health. Many [[taekbae gisa|JOB_TITLE]] die from overwork, you know this news. My wife [[Soo-yeon|PERSON]] made me use a health app that tracks my steps and heart. Forty thousand steps some days. The app said "excellent activity." (laughs) I said, it's not activity, it's work!

AI: That's a powerful point. How about at home? Does your family use AI?

User: My wife uses it for her job, she is a [[kindergarten teacher|JOB_TITLE]], for ideas for the kids. My son [[Min-jun|PERSON]] is in middle school, he uses it for English, and he watches [[Son Heung-min|PUBLIC_FIGURE]] highlights and asks AI about the statistics. (laughs) On [[Sunday|GENERIC_TIME]], my one day off, I ask the AI for a good restaurant in [[Gijang|CITY]] for the family, grilled eel. That's my reward.

AI: (laughs) Thank you so much, [[Ji-hoon|PERSON]]. How can we reach you?

User: [[KakaoTalk|SOFTWARE]] ID is [[jihoon_busan77|SOCIAL_HANDLE]], that's best, I check at lunch. Phone is [[010-4827-3391|PHONE_NUMBER]], but please don't call between eight and six, I'm driving. My Kakao profile shows as "[[Park J.H.|PERSON|initials]] taekbae", so you'll find me. Email [[parkjh.delivery@naver.com|EMAIL_ADDRESS]]. If you need my business registration for payment, it's [[617-08-52914|NATIONAL_ID]]. Gamsahamnida!""")

# 14 Australia
T.append("""AI: G'day, and thanks for joining. Could you tell me a bit about yourself and what you do?

User: G'day, no worries. I'm [[Jarrah Whitfield|PERSON]], [[36|AGE]], I'm a [[licensed electrician|JOB_TITLE]], a sparky, and I run [[Whitfield Electrical|ORGANIZATION]], just me, one apprentice and the missus doing the books. We're up in [[Townsville|CITY]], [[North Queensland|CITY]], based out of [[Kirwan|CITY]]. Mostly residential, aircon installs, switchboard upgrades, a fair bit of cyclone repair work after the [[wet season|GENERIC_TIME]], and some commercial jobs for a couple of property managers.

AI: Thanks, [[Jarrah|PERSON]]. How does AI fit into a sparky's day?

User: Look, mate, I was dead against it at first. Reckoned it was for the office types. But my missus, [[Shannon|PERSON]], she started using [[ChatGPT|AI_PRODUCT]] for the invoices and emails and she was smashing through the admin in half the time. So I gave it a go. Now I use it on the drive between jobs, voice mode, I just talk to it: "Write a quote for a switchboard upgrade, old ceramic fuses, replace with RCBOs, new main switch, four hours labour." Bang, it's done, then I paste it into [[Tradify|SOFTWARE]] and fix up the prices. Saves me sitting at the kitchen table at nine at night after a forty-degree day.

AI: Does your apprentice use it?

User: [[Kai|PERSON]], yeah, he's nineteen, second year, doing his trade at [[TAFE Queensland|SCHOOL]]. He uses it for his theory, the AS/NZS 3000 stuff, the wiring rules. I had to pull him up a couple of times though, because it gave him wrong numbers on a max demand calculation. I told him, mate, you can use it to study, but the Standard is the Standard. If you burn someone's house down because a chatbot told you, that's your licence gone, and mine. He's a good kid, he gets it. His mum, [[Bec|PERSON|nickname]], she's a mate of [[Shannon|PERSON]]'s, she reckons he's more careful now.

AI: That's an important distinction. Any other tools?

User: [[Xero|SOFTWARE]] for the accounts, [[Shannon|PERSON]]'s domain. [[Google Lens|AI_PRODUCT]] is handy when I'm in some old Queenslander in [[North Ward|CITY]] with wiring from the fifties and I need to identify a weird old fitting. And I've got [[Copilot|AI_PRODUCT]] because it came with the [[Microsoft 365|SOFTWARE]] subscription, but I barely touch it. One funny one, a client, [[Doug Pearce|PERSON]], retired bloke on [[Magnetic Island|CITY]], he sent me a wiring plan he'd made with [[ChatGPT|AI_PRODUCT]] for his shed. Mate. (laughs) I had to tell him, politely, that DIY electrical work is illegal in [[Queensland|CITY]] and that plan would've killed him. He took it well, hired me in the end. Honestly, that's my biggest worry with AI in the trades. Not that it takes my job, it can't climb into a roof cavity in [[February|GENERIC_TIME]] when it's fifty degrees up there, but that people think they can skip the sparky. Some things you just don't muck around with.

AI: What about privacy, or anything you avoid?

User: I don't put client addresses or names in, just "client" and the suburb. [[Shannon|PERSON]]'s stricter than me, she won't even put our ABN into it. And I reckon the AI scam calls are getting ridiculous, someone rang [[Shannon|PERSON]] pretending to be from the [[ATO|ORGANIZATION]] with a voice that sounded proper official. At home, the kids use it for homework, my eldest, [[Matilda|PERSON]], asked it to write a speech about [[Cathy Freeman|PUBLIC_FIGURE]] for school, and [[Shannon|PERSON]] made her rewrite it in her own words. Fair enough, too.

AI: (laughs) Thanks so much, [[Jarrah|PERSON]]. How can we get hold of you for follow-up?

User: Mobile's [[0412 nine nine three, 508|OBF_PHONE|mixed_digits_words]], sorry, habit, I say it like that on the radio ad. Email's [[jarrah@whitfieldelectrical.com.au|EMAIL_ADDRESS]]. If you need to pay me, the ABN's [[51 824 753 556|NATIONAL_ID]], and my electrical licence number's [[78432|NATIONAL_ID]], in case your lot need it on file. Cheers.""")

# 15 New Zealand
T.append("""AI: Kia ora, and thanks for joining. Could you introduce yourself?

User: Kia ora, thanks for having me. Ko [[Mereana Hohepa|PERSON]] tōku ingoa, I'm [[forty-two|AGE]], and I'm the [[owner-operator and head guide|JOB_TITLE]] at [[Kōtuku Kayak Tours|ORGANIZATION]]. We run guided kayak trips on [[Lake Rotoiti|CITY]] and out to the hot pools, just out of [[Rotorua|CITY]]. It's a whānau business, really. My brother [[Rawiri|PERSON]] guides with me, my nephew [[Nikau|PERSON]] does the [[summer|GENERIC_TIME]] season, and my partner [[Steph|PERSON|nickname]] does the bookings and the socials. We started in [[2015|DATE]] with three kayaks and a trailer.

AI: Thanks, [[Mereana|PERSON]]. How does AI show up in your work?

User: Mostly the back-office stuff. [[Steph|PERSON|nickname]] uses [[ChatGPT|AI_PRODUCT]] heaps for our website and the listings on [[Viator|ORGANIZATION]] and [[GetYourGuide|ORGANIZATION]]. Our bookings run through [[Rezdy|SOFTWARE]]. When we get reviews, especially from overseas, she drafts the replies with AI and then I add a bit of personality, you know, a "chur" or a "ka kite anō". I've used it for safety briefings too, to tidy up the wording of our health and safety plan for [[Maritime NZ|ORGANIZATION]]. But the actual content, the hazards, that comes from us. We know where the wind comes through the gap on the lake in the arvo.

AI: How do you feel about AI when it comes to telling the stories of the place?

User: Ae, that's the big one for me. Our tours include kōrero, stories about the lake, the maunga, the people. I tried asking [[Gemini|AI_PRODUCT]] about the history of the area once, just to see, and it mixed up iwi names and got a pūrākau completely wrong. Not okay. That's taonga, it's not the AI's to tell. Our kaumātua, Matua [[Hemi|PERSON]], he gave us his blessing to share certain stories, in certain ways. So I've got a rule: AI can help with the booking emails, but never with the kōrero. [[Steph|PERSON|nickname]] agreed, she's Pākehā but she gets it.

AI: Have you had any other problems?

User: Aw, yeah, a funny one. [[Nikau|PERSON]] asked [[ChatGPT|AI_PRODUCT]] to write an [[Instagram|SOFTWARE]] post and it said our tours go to "the famous Lake Taupō glowworm caves." Wrong lake, wrong caves, wrong everything. (laughs) And it was posted for an hour before I saw it. Another time a visitor from [[Germany|COUNTRY]] showed up with an AI-made itinerary that had them kayaking and doing Hobbiton and the Tongariro Crossing in one day. Sweet as, I said, good luck with that. On the business side, [[our accountant|GENERIC_ROLE]], [[Priya Raman|PERSON]] at [[Lakes Accounting|ORGANIZATION]] in town, uses AI for her stuff and she keeps an eye on our GST returns, so I don't put our numbers in myself.

AI: And at home, does the whānau use AI?

User: My daughter [[Aroha|PERSON]], she's at [[Rotorua Girls' High School|SCHOOL]], she uses it for NCEA study, and for te reo practice actually, though I tell her to check with her kaiako. [[Rawiri|PERSON]] uses it to settle arguments about the All Blacks and [[Richie McCaw|PUBLIC_FIGURE]]. (laughs) I mostly use it for meal planning in the [[busy season|GENERIC_TIME]], [[December|GENERIC_TIME]] to [[March|GENERIC_TIME]], when we're on the water from seven till dark. [[Steph|PERSON|nickname]] and I have a rule at home too, no phones at the table, which, aw, the AI doesn't help with at all. (laughs) But it does save [[Steph|PERSON|nickname]] maybe five hours a week on emails, and that's five hours she spends with our girl instead. That's the real win for us.

AI: Thank you, [[Mereana|PERSON]], this has been great. How can we reach you?

User: Email's [[mereana (at) kotukukayaks (dot) co (dot) nz|OBF_EMAIL|paren_at_dot]], I write it like that to dodge the bots. Mobile's [[027 481 2290|PHONE_NUMBER]]. Socials are [[@kotukukayaks|SOCIAL_HANDLE]]. If you need it for the invoice, our NZBN is [[9429047318562|NATIONAL_ID]]. Ngā mihi!""")

# 16 Scotland
T.append("""AI: Hiya, thanks for joining. Could you start by telling me a bit about yourself and your work?

User: Aye, nae bother. I'm [[Stevie Quinn|PERSON]], [[forty-seven|AGE]], and I'm a [[master barber|JOB_TITLE]], well, that's what it says on the certificate on the wall. I own [[Quinn's Barbers|ORGANIZATION]] on [[Duke Street|ADDRESS]] in [[Dennistoun|CITY]], in the east end of [[Glasgow|CITY]]. Three chairs. Me, [[Ali|PERSON]], that's [[Ali Rashid|PERSON]], he's been with me nine year, best fade in the east end, and the wee man, [[Connor|PERSON]], he's the junior, came to us through [[City of Glasgow College|SCHOOL]]. My sister [[Louise|PERSON]] does the books on a [[Monday|GENERIC_TIME]] night, God love her.

AI: Thanks, [[Stevie|PERSON]]. So how did AI end up in a barbershop?

User: (laughs) Honestly, it was [[Connor|PERSON]]. Young team, ken, they're on their phones every second they're no' cutting. He says to me, "[[Stevie|PERSON]], you're paying someone to do your [[Facebook|SOFTWARE]] posts and they're pure mince." Which was true. So he shows me [[ChatGPT|AI_PRODUCT]], and I type "write a funny post for a [[Glasgow|CITY]] barber, pensioners' discount on a [[Tuesday|GENERIC_TIME]]," and it came out dead good, apart from it said "wee" about six times. Trying too hard, like. (laughs) Now I do our posts myself, [[Instagram|SOFTWARE]] and [[Facebook|SOFTWARE]], and I tell it "less Scottish, pal." Bookings are all on [[Fresha|SOFTWARE]] now, and card payments on [[Square|SOFTWARE]].

AI: Does [[Ali|PERSON]] use it too?

User: [[Ali|PERSON]] uses it for different stuff. His first language is Urdu, he came over when he was a boy, and his English is better than mine, to be fair, but he uses it for his mum, writing letters to the council, housing stuff, the [[DWP|ORGANIZATION]]. Very handy for that. In the shop, he uses the photo thing. A punter shows him a picture of a footballer's haircut, and he'll ask the AI what clipper guard and what technique. Though he knows already, he's just checking if the robot's as good as him. It's no'. (laughs) [[Connor|PERSON]], he's made one of they AI pictures of me with a full head of hair. It's on the staffroom wall. Cheeky wee so-and-so.

AI: (laughs) Have you had any problems with using it?

User: Aye, one time I asked it to write the prices for the board and it just invented a "beard sculpt" for thirty-five quid. We don't do a beard sculpt! And somebody came in asking for it. Auld [[Bobby|PERSON]], one of my regulars, been coming since my da had the shop, he read the post and says, "[[Steven|PERSON]], what in God's name is a beard sculpt?" So now I check every word. The other worry is, my sister [[Louise|PERSON]] got a phone call, an AI voice pretending to be [[HMRC|ORGANIZATION]], saying I owed tax. She nearly paid it. She texted me, "[[stevie|PERSON]] phone me NOW its the taxman," all in a panic. Scary stuff. My accountant, a guy called [[Gordon McNab|PERSON]] in [[Shawlands|CITY]], he said that's happening all over.

AI: What about at home, does your family use it?

User: My wife [[Dawn|PERSON]] is a [[staff nurse|JOB_TITLE]] up at the [[Royal Infirmary|ORGANIZATION]], and she's no' allowed to use it at work for patient stuff, which is right. At home she uses it for meal plans, the weans are fussy. My boy [[Euan|PERSON]] uses it for his Highers, and I'm telling you, it's better at maths than me. And I'll be honest, I've used it to settle an argument about [[Kenny Dalglish|PUBLIC_FIGURE]], whether he was better at Celtic or Liverpool. It sat on the fence. Typical. (laughs)

AI: (laughs) Thanks so much, [[Stevie|PERSON]]. How can we get in touch for a follow-up?

User: Shop number's [[0141 496 0573|PHONE_NUMBER]], or my mobile, [[07700 900 418|PHONE_NUMBER]]. [[Instagram|SOFTWARE]] is [[@quinnsbarbers_dennistoun|SOCIAL_HANDLE]], [[Connor|PERSON]] runs it but I'll see it. Email [[stevie@quinnsbarbers.co.uk|EMAIL_ADDRESS]]. If you need it for the payment, my UTR's [[7392 04615 8|NATIONAL_ID]], [[Louise|PERSON]] gave me it. Cheers, hen.""")

# 17 Ireland
T.append("""AI: Hi there, and thanks for joining. Could you introduce yourself?

User: Hi, you're very welcome. I'm [[Siobhán Cronin|PERSON]], I'm [[fifty-one|AGE]], and I'm the [[licensee|JOB_TITLE]], the landlady, of [[Cronin's Bar|ORGANIZATION]], in [[Blackpool|CITY]], on the northside of [[Cork|CITY]] city. Not the English [[Blackpool|CITY]] now, don't be confusing us. (laughs) My father had it before me, and his father before that, so the name's been over the door since [[1952|DATE]]. We do food at lunchtime, music on a [[Thursday|GENERIC_TIME]] and [[Saturday|GENERIC_TIME]], and there's four rooms upstairs we let out on [[Booking.com|SOFTWARE]] since the pandemic.

AI: Thanks, [[Siobhán|PERSON]]. How does AI come into running the pub?

User: Well, I'd be a bit old-fashioned, like, but my son [[Cian|PERSON]] is doing computer science in [[UCC|SCHOOL]], and he got me going on [[ChatGPT|AI_PRODUCT]] [[last Christmas|GENERIC_TIME]]. The first thing I did with it was the rota. Fierce complicated, the rota, with students who want every second weekend off for the matches and the gigs. I put in who's available, no surnames, and it came up with something half decent. My barman [[Paddy|PERSON]], [[Pádraig Ó Briain|PERSON]], he's been here twenty-two years, he looked at it and said, "Yerra, that thing has me working [[Christmas Eve|GENERIC_TIME]], sure that's never happening." (laughs) So I fixed it. But it's a start.

AI: What else do you use it for?

User: The menu, and allergens, that's a big one. Our chef, [[Ola|PERSON]], [[Aleksandra Nowak|PERSON]], she's from [[Gdańsk|CITY]], grand girl, great cook, and she uses it to check the fourteen allergens for every dish, then she double-checks with the [[FSAI|ORGANIZATION]] guidance because you couldn't be relying on a chatbot for that, someone could end up in the [[Mercy|ORGANIZATION|org_nickname]]. And the reviews for the rooms, I get it to answer them. Lovely American couple wrote that the pub was "authentically loud." (laughs) I asked it to reply with a bit of [[Cork|CITY]] charm and it did grand. Oh, and [[Copilot|AI_PRODUCT]], in the [[Excel|SOFTWARE]], for the stocktake, [[Cian|PERSON]] showed me. I'd be lost without the stocktake spreadsheet.

AI: Have there been any downsides?

User: There have, yeah. It told me once that there was a new rule about the opening hours, something about the late licence, and I nearly put up a sign. Thank God I rang the solicitor, [[Finbarr Lynch|PERSON]], before I did, and he said, "[[Siobhán|PERSON]], where are you getting this?" It was talking about some English law. Another time, a chap emailed the rooms asking to book, and it turned out the whole email was fake, made with AI, to get me to click a link. My husband [[Donal|PERSON]] copped it. And I worry a bit about the young ones behind the bar, they ask it everything, they're not learning to think for themselves, you know? But sure, people said that about calculators.

AI: That's a fair point. Do you use it outside the pub?

User: I do, a small bit. I used it to plan a trip to [[Lisbon|CITY]] with my sister [[Mairéad|PERSON]] for her sixtieth, it was great for that. And I asked it about the history of the pub's street for a wee plaque we put up, but then I checked it with the local historian, [[Seánie Murphy|PERSON]], because the AI had [[Michael Collins|PUBLIC_FIGURE]] drinking in every pub in [[Cork|CITY]], apparently. (laughs) Sure, he'd never have got a thing done.

AI: (laughs) Thanks a million, [[Siobhán|PERSON]]. How can we reach you for follow-up?

User: Email is [[siobhan@croninsbar.ie|EMAIL_ADDRESS]], I check it every morning with the coffee. The pub number's [[021 430 8842|PHONE_NUMBER]]. Or drop in, we're at [[14 Thomas Davis Street|ADDRESS]], [[Blackpool|CITY]], [[Cork|CITY]], [[T23 X4K7|ADDRESS]]. Our VAT number, if you need it for the invoice, is [[IE 6388194T|NATIONAL_ID]]. And I'll have a pint poured for you, a Murphy's, mind, not the other stuff.""")

# 18 Germany
T.append("""AI: Guten Tag, and thank you for joining. Could you introduce yourself?

User: Guten Tag. Yes, so, I am [[Matthias Krüger|PERSON]], I am [[54|AGE]] years old, I am [[Tischlermeister|JOB_TITLE]], master carpenter, joiner, how do you say, and I have my own workshop, [[Tischlerei Krüger|ORGANIZATION]], in [[Plagwitz|CITY]], in [[Leipzig|CITY]]. We are five people: me, my Geselle, the journeyman [[Jens Hoffmann|PERSON]], one more Geselle, [[Marek|PERSON]], my Azubi, the apprentice [[Leon|PERSON]], and my wife [[Ute|PERSON]] does the office part-time. We make kitchens, built-in wardrobes, and a lot of restoration of old doors and windows in the Gründerzeit buildings, those old houses from around 1900.

AI: Thank you, [[Matthias|PERSON]]. How does AI fit into a carpentry workshop?

User: Na ja, the carpentry itself, not at all. The machine doesn't plane the wood. (laughs) But the paperwork, the Bürokratie, this is where it helps. In [[Germany|COUNTRY]] we have so much paperwork, it is unbelievable. Angebote, the quotes, are the big thing. A customer wants a built-in wardrobe under a sloping roof, I measure, I think, and then I must write a proper Angebot with every position. Now I speak into [[ChatGPT|AI_PRODUCT]] on my phone in the car, in German, the positions and materials, and it makes a clean text. Then [[Ute|PERSON]] puts it into [[Lexoffice|SOFTWARE]] with the real prices, and signs it "i.A. [[U. Krüger|PERSON|initial]]", so [[the customers|GENERIC_ROLE]] know it comes from the office. It saves me maybe four, five hours a week. And Feierabend comes a bit earlier.

AI: Do your staff use it as well?

User: [[Leon|PERSON]], the Azubi, yes of course, he is [[nineteen|AGE]], for him it is normal. He uses it for the Berufsschule, the vocational school, the theory about wood types and glues. Sometimes it is wrong. Once it told him some glue is good for outdoor use, and it was not, and [[Jens|PERSON]] laughed at him for one week. [[Jens|PERSON]] himself is old school, he says, "Das brauch ich nicht." But secretly, I saw him ask it for a recipe for Grillwurst marinade. (laughs) And for the renovation of listed buildings, Denkmalschutz, I sometimes ask what the rules are, but then I call the office at the [[Stadt Leipzig|ORGANIZATION]], because the AI gives general information, not [[Leipzig|CITY]] specific.

AI: Have there been situations where it caused real problems?

User: One, yes. A customer, Frau Dr. [[Weber|PERSON]], a very precise lady in [[Gohlis|CITY]], she asked about a special oil finish for oak, and I asked the AI and wrote back what it said without checking. It was not correct for her floor heating situation. She checked it herself, with her own AI, (laughs) and she wrote me a long email. Embarrassing. Since then, everything technical I check with the manufacturer or with the [[Handwerkskammer zu Leipzig|ORGANIZATION]], they have good advisors. Also I translate sometimes, for customers from [[Poland|COUNTRY]] or [[Ukraine|COUNTRY]], with [[DeepL|SOFTWARE]], that works very well.

AI: Are there things you don't put in, for privacy?

User: Customer addresses and names, no. Our numbers, the turnover, no. We have the DSGVO, the data protection, and I am a bit careful, my Steuerberater, Herr [[Albrecht|PERSON]], he also warned me. At home, my daughter [[Hanna|PERSON]], she studies at [[Universität Leipzig|SCHOOL]], she uses it for everything, and my wife uses it for holiday planning, last [[summer|GENERIC_TIME]] we went to the Baltic Sea, to [[Rügen|CITY]], and it planned all the bike routes. That was nice, I have to say. But the wood, the smell of the oak, the feeling in the hands, this no computer has. This is why I still love this job after thirty-five years.

AI: Thank you so much, [[Matthias|PERSON]]. How can we reach you?

User: Email is [[info(at)tischlerei-krueger.de|OBF_EMAIL|paren_at]], this is how it is on our website, because of spam. The website is [[www.tischlerei-krueger.de|URL]]. Phone, the workshop, [[0341 / 49 27 33 81|PHONE_NUMBER]]. The address is [[Karl-Heine-Straße 88|ADDRESS]], Hinterhof, back courtyard. For an invoice, our Steuernummer is [[232/118/40571|NATIONAL_ID]]. Tschüss!""")

# 19 Poland
T.append("""AI: Dzień dobry, and thanks for joining. Could you introduce yourself?

User: Dzień dobry! I'm [[Tomasz Wiśniewski|PERSON]], everybody says [[Tomek|PERSON|nickname]]. I'm [[34|AGE]]. I have a one-man transport company, [[TW-Trans|ORGANIZATION]], I'm the [[owner and driver|JOB_TITLE]], with one Sprinter van and since this spring a second van that my brother drives. We're based in [[Poznań|CITY]], in [[Grunwald|CITY]] district. Mostly I do subcontract courier work, last-mile, for [[DPD|ORGANIZATION]], and sometimes longer runs to [[Berlin|CITY]] for small companies, furniture, machine parts, whatever fits.

AI: Thanks, [[Tomek|PERSON|nickname]]. Where does AI come in for you?

User: Many places, actually, more than I thought. First, the German. When I go to [[Germany|COUNTRY]], the documents, the CMR, [[the customers|GENERIC_ROLE]]' emails, everything in German, and my German is, how to say, "ja, nein, danke, Autobahn." (laughs) So I use [[ChatGPT|AI_PRODUCT]] to translate and to write emails. Second, the freight exchange, [[Trans.eu|SOFTWARE]], I look for return loads, so I don't drive back empty from [[Berlin|CITY]]. Sometimes I ask AI to help me calculate if a load is worth it, with fuel, tolls, the time. I give it the numbers, it makes a small table. Before, I did it in my head and often I was losing money without knowing. Last [[winter|GENERIC_TIME]] I calculated one run to [[Hamburg|CITY]] with the AI and saw that after fuel and the van's leasing I would earn maybe two hundred złoty for fourteen hours. I said no thank you. Before, I would have said yes, because I saw only the big number.

AI: What about the courier work, with all those stops?

User: The [[DPD|ORGANIZATION]] has its own app, the scanner, with the route. I don't control that. But I use AI to write complaints! (laughs) Seriously. When there's a problem with the settlement, the money they pay per parcel, I write to the depot in Polish, and I ask AI to make it more professional, less angry. Our dispatcher, pani [[Bożena|PERSON]], she once said, "Panie [[Tomku|PERSON|vocative_form]], your emails are so polite now, I'm scared." (laughs) And my brother [[Krzysiek|PERSON|nickname]], he drives the second van, he uses [[Google Maps|SOFTWARE]] and AI to find parking in [[Jeżyce|CITY]], which is, honestly, impossible, the old streets there.

AI: Has anything gone wrong?

User: Yes, once. I asked it about the rules for driver working time for vans under three and a half tonnes in [[Germany|COUNTRY]], and the answer was old, before the new rules from the Mobility Package. I almost got a fine at a control near [[Frankfurt (Oder)|CITY]]. So now for regulations I ask my friend [[Paweł Zieliński|PERSON]], he works at a logistics company, a proper one, and he knows everything. Also I'm careful with my data. My NIP, my accounts, the client names, I don't put them in. My accountant, [[Magda|PERSON]] from the biuro rachunkowe, she does the JPK and all that with her own software.

AI: And at home, does your family use it?

User: My wife [[Aga|PERSON|nickname]], [[Agnieszka|PERSON]], she's a [[pharmacist|JOB_TITLE]] at a [[Ziko Apteka|ORGANIZATION]], and she says she would never trust AI with medicine doses, which is right. But she uses it for our son's birthday parties, ideas for games. Our son [[Kuba|PERSON|nickname]] is seven, he asks it about [[Robert Lewandowski|PUBLIC_FIGURE]] all day long, how many goals, what he eats for breakfast. (laughs) And my mother, she thinks it's a spy from [[Russia|COUNTRY]], so she doesn't touch it.

AI: (laughs) Thank you so much, [[Tomek|PERSON|nickname]]. How can we contact you?

User: Email, I say it the Polish way: [[tomek kropka wisniewski małpa wp kropka pl|OBF_EMAIL|other_language_words]]. Małpa is the at sign, it means monkey. (laughs) Phone is [[+48 601 284 739|PHONE_NUMBER]]. And for an invoice the NIP is [[781-194-52-63|NATIONAL_ID]]. Dzięki!""")

# 20 Italy
T.append("""AI: Buongiorno, and thank you for joining. Could you introduce yourself?

User: Buongiorno! Allora, I am [[Gennaro Esposito|PERSON]], [[forty-five|AGE]], I am [[pizzaiolo|JOB_TITLE]], and also I own [[Antica Pizzeria Esposito|ORGANIZATION]], in the [[Rione Sanità|CITY]], in [[Napoli|CITY]]. Third generation. My grandfather, Nonno [[Gennaro|PERSON]], opened in [[1961|DATE]], with a wood oven that is still there. We are small, twelve tables inside, some outside, and we make the real pizza Napoletana, margherita, marinara, and my special, the fried pizza with ricotta and cicoli.

AI: Grazie, [[Gennaro|PERSON]]. How did AI come into a traditional pizzeria?

User: (laughs) You can imagine, eh? My father said, "Uè, artificial intelligence in the pizzeria? Ma sei pazzo?" But it was my nephew [[Ciro|PERSON]], he studies at [[Federico II|SCHOOL|org_nickname]], the university, he said, "Zio, the tourists find you on [[Google|SOFTWARE]] and [[TripAdvisor|SOFTWARE]], you must answer the reviews, in English." My English, as you hear, is not so bad, but writing is another thing. So he put [[ChatGPT|AI_PRODUCT]] on my phone. Now every night, after closing, with my espresso, I answer the reviews. In English, German, even Japanese, the AI does it. I tell it, "write like a Neapolitan grandmother," and the tourists love it.

AI: Do you use it for anything in the kitchen or the business side?

User: For the costs, yes. The price of flour, of San Marzano tomatoes, of fior di latte, everything goes up, up, up. The mozzarella, I buy from [[Caseificio Russo|ORGANIZATION]] in [[Caserta|CITY]], and Don [[Salvatore|PERSON]], [[the owner|GENERIC_ROLE]], raises the price every spring. (laughs) So I put the numbers in the AI and ask, how much must the margherita cost to survive? But I cannot put the margherita at nine euro in the [[Sanità|CITY]], the people here would kill me! It's a neighbourhood pizzeria, the margherita must stay five, six euro. The AI doesn't understand this. The social part.

AI: What about your staff?

User: My wife [[Assunta|PERSON]] does the cash and the bookings with [[TheFork|SOFTWARE]]. My second [[pizzaiolo|JOB_TITLE]], [[Salvatore Capasso|PERSON]], everybody calls him 'o [[Russo|PERSON|nickname]] because of his red hair, he doesn't want to hear about AI. "The dough doesn't need a computer," he says. He is right. The dough is hands, time, temperature, humidity, feeling. But [[Ciro|PERSON]] made with AI an [[Instagram|SOFTWARE]] video about the history of the pizzeria, with old photos of my grandfather animated, moving. Madonna mia, my mother cried. It was beautiful, but also a little strange, you know? To see nonno smile again. The video had two hundred thousand views, and the week after, there was a queue down the vico, the little street, until midnight. [[Salvatore|PERSON]] said, "[[Gennà|PERSON|vocative_form]], tell your computer to come and help with the dough, then." (laughs)

AI: Are there any worries you have?

User: Yes, fake reviews. Some competitors, I don't say who, (laughs) write fake bad reviews, and now with AI they write them very well, very believable. Also I worry that everything becomes fake. There are pizzerias in [[Milano|CITY]] that say "vera pizza napoletana" and the pizza is, mannaggia, I don't want to say. And the personal data, customers' phone numbers for bookings, I never give to the AI. My commercialista, Dottoressa [[Ferrara|PERSON]], she said be careful with the privacy law. At home, my daughter [[Chiara|PERSON]] uses it for school, and I use it to argue about [[Maradona|PUBLIC_FIGURE]] with my friends. (laughs) The AI agrees with me, of course. [[Diego|PUBLIC_FIGURE]] is God.

AI: (laughs) Grazie mille, [[Gennaro|PERSON]]. How can we reach you?

User: Email: [[pizzeriaesposito chiocciola libero punto it|OBF_EMAIL|other_language_words]], chiocciola is the little snail, the at. (laughs) Telephone, [[081 544 7213|PHONE_NUMBER]]. For the fattura, the partita IVA is [[07418520639|NATIONAL_ID]]. And if you come to [[Napoli|CITY]], ask anyone for [[Gennaro|PERSON]] in the [[Sanità|CITY]], they will bring you.""")

# 21 USA
T.append("""AI: Hey, thanks for joining us. Could you tell me a bit about yourself and what you do?

User: Hey, yeah, happy to. I'm [[Kevin Tran|PERSON]], I'm [[37|AGE]], and I'm the [[owner and head cook|JOB_TITLE]] of [[Bayou Pho Real|ORGANIZATION]], it's a food truck, Viet-Cajun, so think crawfish pho, lemongrass boudin, that kind of thing. We're based out of [[Alief|CITY]], in southwest [[Houston|CITY]], and we park at breweries, office parks, and a couple of festivals. It's me, my sister [[Linh|PERSON]], who goes by [[Linda|PERSON]] at work, and our cook, [[Will|PERSON]], [[Will Okafor|PERSON]], who's been with us since the start. And my mom, [[Má|PERSON|kinship_term]], she makes the broth, and if you change her recipe she will disown you.

AI: (laughs) Thanks, [[Kevin|PERSON]]. How does AI fit into running a food truck?

User: Man, honestly, it's like having an office manager I can't afford. The paperwork for a food truck in [[Houston|CITY]] is no joke. Health permits, fire marshal inspections, the commissary log, the sales tax filings with the [[Texas Comptroller|ORGANIZATION]]. I use [[ChatGPT|AI_PRODUCT]] to help me understand all that. Like, I'll paste in the city's letter and say "explain this to me like I'm five," and it breaks it down. Then I call the [[Houston Health Department|ORGANIZATION]] to confirm, because the one time I didn't, I got a violation for a sink thing. I'm not fixin' to make that mistake twice.

AI: What about the day-to-day operations?

User: Menus and social, mostly. We post our location every day on [[Instagram|SOFTWARE]] and [[TikTok|SOFTWARE]], and [[Linda|PERSON]] uses AI to write the captions, and [[Canva|SOFTWARE]] for the graphics. She'll text me stuff like "[[kev|PERSON]] we're at [[saint arnold|ORGANIZATION|lowercase]] tmrw 11-3 post it??" and I just paste it into the AI and say make it hype. Our point of sale is [[Square|SOFTWARE]], and it's got some AI stuff built in now, like it tells you your best sellers by day. Turns out the crawfish pho sells like crazy on [[Fridays|GENERIC_TIME]] and dies on [[Mondays|GENERIC_TIME]]. Who knew. I also use [[Copilot|AI_PRODUCT]] a little, on my laptop, for emails to catering clients, like when an office at the [[Texas Medical Center|ORGANIZATION]] wants lunch for eighty people, I need that email to sound legit. Our cook, [[Will|PERSON]], he's funny. He's a Marine vet, very by-the-book, and he was suspicious at first. But now he uses it for food safety stuff, like, "what's the safe holding temp for cooked rice," and he double-checks with his ServSafe book. He also asked it to help him write a cover letter for culinary school at [[Houston Community College|SCHOOL]], and he got in, so. (laughs) My mom, on the other hand, she asked [[Siri|AI_PRODUCT]] once how to make pho and it gave her some recipe with, like, cinnamon sticks everywhere and no charred onion, and she said, "Con, this robot never ate pho in its life." She's not wrong.

AI: Have you had any concerns or bad experiences?

User: Yeah, a couple. After Hurricane Beryl knocked out power across the city, I asked it where I could get ice and generator fuel, and it gave me info that was totally out of date. So, in an emergency, nah. And there's scams, man. Someone made a fake page using our photos, "[[Bayou Pho Real|ORGANIZATION]] Catering," taking deposits through [[Zelle|SOFTWARE]]. We got calls from people asking where their food was. I reported it to [[Meta|ORGANIZATION]], took weeks. I've also gotten AI-written emails from "investors" that were clearly fishing. I don't put customer stuff or our bank info in any of it.

AI: How about at home? Do you or your family use AI?

User: My daughter [[Mai|PERSON]] is in fourth grade at [[Alief ISD|ORGANIZATION]], and her teacher lets them use it for some projects, which I'm on the fence about. My wife [[Jasmine|PERSON]] uses it to plan our trips to see her folks in [[Baton Rouge|CITY]]. I asked it who the best pho spot in [[Houston|CITY]] is, and it didn't say us, so, you know, it's clearly broken. (laughs) It also thinks [[Hakeem Olajuwon|PUBLIC_FIGURE]] owns a restaurant near us. He doesn't. I checked.

AI: (laughs) Thanks so much, [[Kevin|PERSON]]. How can we reach you for a follow-up?

User: Sure thing. Email is [[kevin at bayouphoreal dot com|OBF_EMAIL|spelled_at_dot]], I write it like that on the truck so the bots leave me alone. Cell is [[(713) 555-0148|PHONE_NUMBER]]. [[TikTok|SOFTWARE]] and IG are both [[@bayouphoreal|SOCIAL_HANDLE]]. If y'all need a W-9, our EIN is [[84-3920175|NATIONAL_ID]]. Come by the truck on a [[Friday|GENERIC_TIME]], crawfish pho's on me.""")

# 22 Canada
T.append("""AI: Hi, thanks for joining. Could you start by introducing yourself?

User: Sat Sri Akal, hi, thanks for having me. My name is [[Gurpreet Singh Sandhu|PERSON]], people at the yard call me [[Gary|PERSON|anglicised_nickname]]. I'm [[forty-four|AGE]]. I'm an [[owner-operator truck driver|JOB_TITLE]], I've got my own company, [[Sandhu Haulage Ltd.|ORGANIZATION]], one truck, a 2019 Freightliner, and I'm leased on to [[Prairie Northern Freight|ORGANIZATION]] out of [[Winnipeg|CITY]]. Mostly I run [[Winnipeg|CITY]] to [[Calgary|CITY]] and back, sometimes down to [[Fargo|CITY]] and [[Minneapolis|CITY]]. Been driving since [[2011|DATE]], came to [[Canada|COUNTRY]] in [[2008|DATE]] from [[Ludhiana|CITY]].

AI: Thank you, [[Gurpreet|PERSON]]. How does AI come into your work on the road?

User: So, a few ways, eh. The truck itself, the ELD, the electronic logbook, that's got some smart stuff, it tracks my hours, warns me. The company uses [[Samsara|SOFTWARE]]. Then I use the load boards, [[DAT|SOFTWARE]], when I'm booking my own loads on the side. And then [[ChatGPT|AI_PRODUCT]], that's the one I use personally. I use it in Punjabi sometimes, which surprised me, it understands pretty good. I'll ask it things like, "Explain this new rule about the ELD in the [[US|COUNTRY]]," or "Help me write a message to the broker, the receiver is making me wait four hours and I want detention pay." It writes it very professional. Before, I'd just call and get angry. (laughs)

AI: How has that worked out with brokers and dispatchers?

User: Pretty good, actually. Our dispatcher at [[Prairie Northern|ORGANIZATION|org_nickname]], [[Kelly Brandt|PERSON]], she noticed. She said, "[[Gary|PERSON|anglicised_nickname]], since when do you write like a lawyer?" (laughs) I told her, since my nephew [[Jaskaran|PERSON]] showed me [[ChatGPT|AI_PRODUCT]]. He's at [[University of Manitoba|SCHOOL]] doing engineering. And for [[winter|GENERIC_TIME]] driving, I ask it about chain laws in [[British Columbia|CITY]], or the road conditions. But careful, because it doesn't know the live conditions. For that I use [[511 Alberta|SOFTWARE]] and the [[Manitoba|CITY]] one, and the CB, and the Punjabi trucker [[WhatsApp|SOFTWARE]] groups, which honestly are better than any app. Somebody posts "Highway 1 closed past [[Brandon|CITY]]," and everybody knows in two minutes.

AI: Have there been problems with the AI?

User: Yeah, one time it was serious. I asked it about the weight limit for spring road restrictions, the frost laws, in [[Saskatchewan|CITY]], and it gave me a number from an old year. I almost took a load that would've been overweight on a secondary highway. Fine could've been thousands. My buddy [[Manpreet|PERSON]] told me check the government site, so I did, and it was different. Now I don't trust it for rules, only for writing and explaining. Also, [[my accountant|GENERIC_ROLE]], [[Deepak Arora|PERSON]] in [[The Maples|CITY]], he told me never put my business number or bank info in it, so I don't.

AI: And at home, how does your family use it?

User: My wife [[Harpreet|PERSON]] is a [[health care aide|JOB_TITLE]] at a care home, she uses it for English sometimes, for the reports, but not the patient names, they're very strict. My kids use it for school. My daughter [[Simran|PERSON]] asked it to explain who [[Terry Fox|PUBLIC_FIGURE]] was for a school project, and then she made me run with her at the [[Terry Fox|PUBLIC_FIGURE]] Run. (laughs) Me, I use it on my 34-hour reset to plan meals, because truck food, man, it's killing my back and my sugar. My doctor, Dr. [[Gill|PERSON]], said lose twenty pounds. The AI gives me recipes for the little fridge in the truck.

AI: Thanks so much, [[Gurpreet|PERSON]]. How can we reach you?

User: My cell, I'll say it slow: [[two zero four, five five five, zero one nine two|OBF_PHONE|digits_as_words]]. Email is [[sandhuhaulage.gs@gmail.com|EMAIL_ADDRESS]]. If you need it for the paperwork, my [[US|COUNTRY]] DOT number is [[3849201|NATIONAL_ID]]. Text first though, if I'm driving I won't pick up. Safety first, eh.""")

# 23 Mexico
T.append("""AI: Buenas tardes, and thank you for joining. Could you introduce yourself?

User: Buenas tardes, joven. Bueno, my name is [[Jesús Ramírez Gutiérrez|PERSON]], but everybody knows me as Don [[Chuy|PERSON|nickname]]. I am [[sixty-one|AGE]] years old. I am a [[mecánico automotriz|JOB_TITLE]], a car mechanic, and I own [[Taller Mecánico Ramírez|ORGANIZATION]] in [[Tlaquepaque|CITY]], in [[Guadalajara|CITY]], [[Jalisco|CITY]]. Thirty-two years with the taller. My son [[Toño|PERSON|nickname]], [[Antonio Ramírez|PERSON]], works with me, and my nephew [[Rodrigo|PERSON]], we call him [[el Güero|PERSON|nickname]] because he is very white, he is the apprentice. My English I learned working in [[Los Angeles|CITY]] in the eighties, so forgive me, eh.

AI: Your English is great, Don [[Chuy|PERSON|nickname]]. How did AI come into your workshop?

User: (laughs) Ay, it was my grandson, [[Emiliano|PERSON]], he is fifteen. He saw me with the big manuals, looking for a torque spec on a Nissan Tsuru, and he said, "Abuelo, ask [[ChatGPT|AI_PRODUCT]]." I said, "¿Qué es eso?" (laughs) He put it on my phone. Now I use it for the diagnostic codes. The scanner gives me a code, P0301, and I ask the AI, what are the common causes for this code in this car, [[this year|GENERIC_TIME]]. It gives me a list. Many times I already know, but sometimes it reminds me of something I forgot. It's like having a young mechanic who read all the books but never got his hands dirty. (laughs)

AI: Does [[Toño|PERSON|nickname]] use it too?

User: [[Toño|PERSON|nickname]] uses it more than me. For the parts, he asks it for the part numbers, then he looks in [[Mercado Libre|SOFTWARE]] and the refaccionarias for the price. And for the quotes, for [[the customers|GENERIC_ROLE]]. He writes the quote with the AI, and sends it by [[WhatsApp|SOFTWARE]]. Before, I wrote it on a paper with my terrible handwriting and [[the customers|GENERIC_ROLE]] could not read it. Now it looks like a real company, órale. We have customers like Licenciada [[Paty|PERSON|nickname]], [[Patricia Orozco|PERSON]], she is a lawyer, she likes everything clear and written, and she said, "Don [[Chuy|PERSON|nickname]], now you are modern." [[El Güero|PERSON|nickname]], [[Rodrigo|PERSON]], he uses it to study for his certification at [[CONALEP|SCHOOL]]. And he watches [[YouTube|SOFTWARE]], of course, mechanics videos from everywhere.

AI: Have there been mistakes or problems?

User: Sí, claro. The AI is very sure of itself, like a young mechanic, ha. Once it told [[Toño|PERSON|nickname]] that a part from a Chevy Aveo fits a Spark, and it doesn't. We ordered it, we waited three days, and the customer was very angry. So now, with parts, we check the VIN with the supplier, [[Refaccionaria El Tapatío|ORGANIZATION]], Don [[Memo|PERSON|nickname]] knows everything there. And also, some customers now come with the AI on the phone, "the AI says it's only the spark plugs, why you charge me for the coils?" Ay, mijo. I tell them, the AI doesn't hear the engine, I hear the engine.

AI: Is there anything you won't put into it?

User: The customers' names, their plates, their addresses, no. Here in [[Guadalajara|CITY]], with the insecurity, you must be careful with information. And the [[SAT|ORGANIZATION]], the taxes, [[my accountant|GENERIC_ROLE]], Contador [[Beto|PERSON|nickname]], he does all that, the facturas, with his own program. I don't want the AI to know my RFC or my money. At home, my wife, Doña [[Lupita|PERSON|nickname]], she uses it for recipes, but she already knows all the recipes, so she uses it to argue with her sister about the correct birria. (laughs) And I asked it about [[Checo Pérez|PUBLIC_FIGURE]], the Formula One driver, from here, from [[Guadalajara|CITY]]. I am very proud of him.

AI: (laughs) Muchas gracias, Don [[Chuy|PERSON|nickname]]. How can we reach you?

User: The email is from [[Toño|PERSON|nickname]], he says to write it like this so the robots don't catch it: [[taller punto ramirez arroba hotmail punto com|OBF_EMAIL|other_language_words]]. The phone of the taller is [[33 3635 2718|PHONE_NUMBER]]. The address is [[Calle Independencia 412|ADDRESS]], [[Tlaquepaque|CITY]], near the jardín. For the factura, the RFC is [[RAGJ630415QK2|NATIONAL_ID]]. Come, I will check your car for free, eh. (laughs)""")

# 24 Brazil
T.append("""AI: Olá, and thank you so much for joining. Could you introduce yourself?

User: Oi, oi! Thank you for inviting. My name is [[Adriana Souza dos Santos|PERSON]], but everybody calls me [[Dri|PERSON|nickname]]. I'm [[forty|AGE]]. I'm a [[cabeleireira|JOB_TITLE]], hairdresser, and I own [[Studio Dri Beleza|ORGANIZATION]], a small salon in [[Rio Vermelho|CITY]], in [[Salvador|CITY]], [[Bahia|CITY]]. We do braids, curly hair, tranças, cuts, and the girls do nails too. We are four: me, my manicure [[Rosângela|PERSON]], we call her [[Rô|PERSON|nickname]], my assistant [[Tainá|PERSON]], and my daughter [[Júlia|PERSON]] on [[Saturdays|GENERIC_TIME]]. I opened in [[2016|DATE]], after many years working in other people's salons.

AI: Thank you, [[Dri|PERSON|nickname]]. How do you use AI in the salon?

User: Gente, everything! (laughs) No, not everything, but a lot. First, [[Instagram|SOFTWARE]]. My business lives on [[Instagram|SOFTWARE]], né. I post photos of the braids, the transformations, and I use [[ChatGPT|AI_PRODUCT]] to write the legendas, the captions, with hashtags. I tell it "write like a Bahian woman, happy, with emoji," and it does. Sometimes it exaggerates with the "oxente" and "meu rei," it's too much, people from here don't talk like a novela. (laughs) So I adjust. Second, the agenda. We use [[Trinks|SOFTWARE]] for booking, and [[WhatsApp Business|SOFTWARE]] with automatic answers that I wrote with AI help, for the questions everybody asks, the price of box braids, how many hours, what to bring.

AI: How do [[Rô|PERSON|nickname]] and [[Tainá|PERSON]] use it?

User: [[Rô|PERSON|nickname]], she's older, she's fifty-five, she is suspicious of everything. She says, "[[Dri|PERSON|nickname]], this thing will steal [[our clients|GENERIC_ROLE]]." (laughs) But she likes the translate, because we have many gringos in [[Rio Vermelho|CITY]], tourists, and she uses the phone to talk with them while she does the nails. [[Tainá|PERSON]] is young, she uses AI for ideas, she shows the client a picture made by AI of the braid style with different colours, before doing it. This helps the client decide. But once, the AI picture showed braids impossible to do, like floating, the client wanted exactly that, and [[Tainá|PERSON]] had to explain, "Amiga, this is not real hair, this is fantasy." (laughs)

AI: Have there been any problems?

User: Yes. One time I asked the AI about a chemical straightening product, if it was safe for pregnant women, and it said something I was not sure, so I asked my cousin [[Fabiana|PERSON]], who is a [[pharmacist|JOB_TITLE]] at [[Drogasil|ORGANIZATION]], and she said no, it's not safe. Imagine if I trusted the machine! Also my [[Instagram|SOFTWARE]] was hacked once, someone sent a fake message with AI voice pretending to be from [[Meta|ORGANIZATION]]. I lost the account for two weeks, I almost died. Now my nephew [[Caio|PERSON]] put the two-factor authentication. And I don't give the AI [[my clients|GENERIC_ROLE]]' phone numbers or anything, only first names sometimes, like "write a birthday message for Dona [[Zefinha|PERSON|nickname]]." Hmm, maybe not even that. (laughs)

AI: (laughs) And at home, does your family use it?

User: [[Júlia|PERSON]] is seventeen, she is preparing for the ENEM, the exam for the university, and she wants [[UFBA|SCHOOL]], federal university. She uses AI for studying, essays, I worry she copies, but she says no. My husband, [[Marcos|PERSON]], he's an [[Uber driver|JOB_TITLE]], he uses it to find the best hours to work, and for the football, he asks about [[Vini Jr.|PUBLIC_FIGURE]] all the time. And for the money, the Pix, the MEI taxes, I ask the AI to explain, but then I ask [[my accountant|GENERIC_ROLE]].

AI: Thank you so much, [[Dri|PERSON|nickname]]. How can we contact you?

User: [[Instagram|SOFTWARE]] is [[@studiodribeleza|SOCIAL_HANDLE]], this is the best. [[WhatsApp|SOFTWARE]], [[(71) 9 8765-4321|PHONE_NUMBER]]. Email is [[dri.beleza.ssa@gmail.com|EMAIL_ADDRESS]]. If you need to pay me, I'm MEI, the CNPJ is [[41.582.739/0001-26|NATIONAL_ID]]. And when you come to [[Salvador|CITY]], come do braids with me, viu? Beijo!""")

# 25 Chile
T.append("""AI: Hola, and thanks for joining. Could you introduce yourself and tell me about your work?

User: Hola, sí, thanks. I'm [[Felipe Andrés Muñoz Soto|PERSON]], I'm [[38|AGE]]. I'm the [[jefe de bodega|JOB_TITLE]], the warehouse supervisor, at [[Austral Cargo Magallanes|ORGANIZATION]], a small logistics company in [[Punta Arenas|CITY]], at the very south of [[Chile|COUNTRY]]. We're like twelve people. Our main work is consolidating cargo for the Antarctic stations, the bases. Food, fuel drums, scientific equipment, spare parts. We work with [[INACH|ORGANIZATION]], the Chilean Antarctic Institute, and with some foreign programs, Korean, Chinese, Bulgarian, that go to [[Antarctica|CONTINENT]] from here. My boss is don [[Héctor|PERSON]], [[Héctor Vidal|PERSON]], he founded the company in [[2004|DATE]].

AI: That's fascinating, [[Felipe|PERSON]]. How does AI come into that kind of logistics?

User: Sí, po, it's a very special kind of logistics. Everything must be perfect, because if you forget something, nobody can go to the supermarket in [[Antarctica|CONTINENT]], cachai? (laughs) So the lists are everything. I use [[ChatGPT|AI_PRODUCT]] and also [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] to check the packing lists, the dangerous goods declarations, the IMDG codes for the fuel and the lithium batteries. I paste the list and I ask, "what is missing, what is inconsistent." It found errors, for example one time a box of lithium batteries without the correct UN number. That could have stopped the whole shipment at the port. The season is short, from [[November|GENERIC_TIME]] to [[March|GENERIC_TIME]], and if a container misses the ship, it waits a whole year, and some scientist loses a year of research. So the pressure is big, and any help is welcome.

AI: Do you work with people in other languages?

User: All the time. The Korean team from [[King Sejong|ORGANIZATION]] station, they write in English, but sometimes very technical, and I write back in English that is, bueno, Chilean English. (laughs) I use the AI to make my emails clearer. The Chinese program also. And [[Google Translate|SOFTWARE]] with the camera for labels in Korean or Chinese, to know what's inside the box. My colleague [[Pato|PERSON|nickname]], [[Patricio Oyarzún|PERSON]], he's the driver of the forklift and the truck to the port, he uses voice notes with the AI to practise English, because he wants to go to the base as a contract worker one day. He's really motivated, the weón. (laughs)

AI: Have you had any problems with it?

User: Once, yes. I asked it about the customs regime for temporary export to [[Antarctica|CONTINENT]], because it's a very special situation, and it gave me an answer that mixed Chilean rules with Argentinian rules from [[Ushuaia|CITY]]. Our customs agent, [[Claudia Barrientos|PERSON]], she laughed at me, "[[Felipe|PERSON]], we are not in [[Argentina|COUNTRY]]." So now for customs, only [[Claudia|PERSON]]. Also the weather, the AI cannot predict the Drake Passage. That's only the captain and God. (laughs) And I don't put [[our clients|GENERIC_ROLE]]' contract values or the names of scientists in the AI. Those programs are very careful with information.

AI: And at home? Does your family use AI?

User: My wife [[Cata|PERSON|nickname]], [[Catalina Ruiz|PERSON]], she's a [[kinesióloga|JOB_TITLE]], physiotherapist, at the [[Hospital Clínico de Magallanes|ORGANIZATION]], she uses it for some reports, but not with patient data. My son [[Benja|PERSON|nickname]] is eight, he asks it about penguins and about [[Alexis Sánchez|PUBLIC_FIGURE]]. (laughs) And in [[June|GENERIC_TIME]] and [[July|GENERIC_TIME]], when it's dark at four in the afternoon here, I use it to plan trips, like to [[Puerto Natales|CITY]] or [[Torres del Paine|CITY]] for the [[summer|GENERIC_TIME]]. Something to dream about in the [[winter|GENERIC_TIME]], you know.

AI: Thanks a lot, [[Felipe|PERSON]]. How can we contact you?

User: Email is [[fеlipe.munoz@australcargo.cl|OBF_EMAIL|unicode_homoglyph]], or my [[LinkedIn|SOFTWARE]], [[linkedin.com/in/felipe-munoz-soto-ptas|URL]]. Phone, [[+56 9 8123 4571|PHONE_NUMBER]], [[WhatsApp|SOFTWARE]] too. For a payment form, my RUT is [[16.482.339-K|NATIONAL_ID]]. And if you ever want to come to [[Punta Arenas|CITY]], bring a good jacket, the wind here is no joke, po.""")

write_set(T, "set_bh")
