import { lexicalDocument, paragraph } from '../../lexical'

/** The source prints only the answers; each question is the one its answer answers. */
export const baclofenFaqs = [
  {
    question: 'What is baclofen used to treat?',
    answer:
      'Baclofen is most commonly used to treat spasticity—muscle stiffness, tightness, and spasms—caused by multiple sclerosis, spinal cord injuries, or other spinal cord diseases.',
  },
  {
    question: 'How does baclofen work?',
    answer:
      'Baclofen acts on the spinal cord nerves by activating GABA-B receptors. This inhibits the overactive nerve signals that cause muscle contractions, resulting in fewer and less severe spasms.',
  },
  {
    question: 'How is oral baclofen taken?',
    answer:
      'Oral baclofen is typically taken by mouth as directed by a healthcare professional, often starting with a smaller amount and gradually increasing to find the most effective level.',
  },
  {
    question: 'What are the common side effects of baclofen?',
    answer:
      'Common side effects include drowsiness, dizziness, weakness, fatigue, and nausea. Your doctor may start with a low amount and increase it gradually to help your body adjust and minimize these effects.',
  },
  {
    question: 'Can baclofen improve mobility?',
    answer:
      'Yes, by relaxing tight and spastic muscles, baclofen helps to improve muscle movement and increase range of motion, which can lead to better function and mobility, particularly in conjunction with physical therapy.',
  },
  {
    question: 'Is it safe to stop taking baclofen suddenly?',
    answer:
      'No, it is not safe to stop baclofen suddenly, especially after taking higher amounts for a prolonged period. Abrupt discontinuation can cause serious withdrawal symptoms like seizures, fever, and confusion. A doctor should supervise a gradual reduction.',
  },
  {
    question: 'What is the difference between oral and intrathecal baclofen?',
    answer:
      'Oral baclofen is taken by mouth and is absorbed throughout the body. Intrathecal baclofen is delivered directly to the spinal cord via an implanted pump, requiring much lower amounts for more severe spasticity.',
  },
  {
    question: 'Does baclofen interact with alcohol or other medications?',
    answer:
      'Yes, baclofen can cause increased drowsiness when taken with other central nervous system depressants, including alcohol, sedatives, or some antidepressants. It is important to inform your doctor of all medications and supplements you are taking.',
  },
].map(({ question, answer }) => ({
  question,
  answer: lexicalDocument(paragraph(answer)),
  drugs: ['baclofen'],
}))
