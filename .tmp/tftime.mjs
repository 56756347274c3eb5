import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
await tf.setBackend('cpu');
const input = tf.randomNormal([1,32,32,16]); const f = tf.randomNormal([3,3,16,1]);
const run = () => tf.depthwiseConv2d(input, f, 1, 'same');
async function once(){ const o = run(); const c = tf.tidy(()=>tf.slice(tf.reshape(o,[-1]),0,1)); await c.data(); tf.dispose([o,c]); }
for (let i=0;i<5;i++) await once();
const samples=[]; for (let s=0;s<10;s++){ const t=performance.now(); for(let r=0;r<4;r++) await once(); samples.push((performance.now()-t)/4);} 
samples.sort((a,b)=>a-b); console.log('wall median', samples[5]);
const k=[]; for(let i=0;i<5;i++){ let o; const info = await tf.time(()=>{o=run();}); await o.data(); o.dispose(); k.push([info.kernelMs, info.wallMs]); }
console.log('tf.time', k);
// tf.time including a single op only, direct timing
const d=[]; for(let i=0;i<5;i++){ const t=performance.now(); const o=run(); d.push(performance.now()-t); await o.data(); o.dispose(); }
console.log('direct sync', d);
